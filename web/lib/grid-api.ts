import { z } from 'zod';
import { request } from './api';

/** The grid's calls (网格化城市管理), for server components and server actions; the API checks every input. */

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const gridCategorySchema = z.object({
  code: z.string(),
  kind: z.enum(['component', 'event']),
  name: bilingual,
  department: z.string(),
  limit: z.object({ unit: z.enum(['hours', 'days']), value: z.number() }),
});
export type GridCategory = z.infer<typeof gridCategorySchema>;

const cellFeature = z.object({
  id: z.string(),
  properties: z.object({
    code: z.string(),
    name: z.string(),
    street: z.string(),
    streetName: z.string(),
    inspector: z.string(),
  }),
  geometry: z.object({ coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) }),
});

const gridModelSchema = z.object({
  categories: z.array(gridCategorySchema),
  grid: z.object({ bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]), features: z.array(cellFeature) }),
});
export type GridModel = z.infer<typeof gridModelSchema>;

export const gridEventStatuses = ['reported', 'registered', 'dispatched', 'handled', 'verified', 'closed'] as const;

export const gridEventSchema = z.object({
  eventId: z.string(),
  category: z.string(),
  description: z.string(),
  location: z.object({ lat: z.number(), lng: z.number() }),
  address: z.string().optional(),
  cell: z.string(),
  cellName: z.string(),
  street: z.string(),
  streetName: z.string(),
  inspector: z.string(),
  source: z.enum(['portal', 'inspector', 'open311']),
  status: z.enum(gridEventStatuses),
  department: z.string().optional(),
  limitDays: z.number().int(),
  dueDate: z.string(),
  remainingWorkingDays: z.number().int().optional(),
  level: z.enum(['green', 'yellow', 'red']).optional(),
  reportedAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().optional(),
  declined: z.boolean().optional(),
  history: z.array(
    z.object({
      at: z.string(),
      status: z.enum(gridEventStatuses),
      action: z.string(),
      by: z.string(),
      note: z.string().optional(),
      department: z.string().optional(),
    }),
  ),
  version: z.number().int(),
});
export type GridEvent = z.infer<typeof gridEventSchema>;

const post = (body: unknown) => ({ method: 'POST' as const, body });
const id = (value: string) => encodeURIComponent(value);

export const gridApi = {
  model: () => request('/api/grid', gridModelSchema),
  report: (input: unknown) => request('/api/grid/events', gridEventSchema, post(input)),
  list: async (status?: string) =>
    (
      await request(
        `/api/grid/events${status ? `?status=${id(status)}` : ''}`,
        z.object({ items: z.array(gridEventSchema) }),
      )
    ).items,
  get: (eventId: string) => request(`/api/grid/events/${id(eventId)}`, gridEventSchema),
  act: (eventId: string, input: unknown) =>
    request(`/api/grid/events/${id(eventId)}/actions`, gridEventSchema, post(input)),
};
