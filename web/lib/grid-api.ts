import { z } from 'zod';
import { gridEventList, gridEventView } from '../../functions/src/grid/model';
import {
  open311ClientIssued,
  open311ClientList,
  open311ClientView,
} from '../../functions/src/grid/open311-client-model';
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

// The event's shape is the API's own (functions/src/grid/model.ts), as the OpenAPI document publishes it.
export const gridEventSchema = gridEventView;
export type GridEvent = z.infer<typeof gridEventSchema>;
export type Open311Client = z.infer<typeof open311ClientView>;

const post = (body: unknown) => ({ method: 'POST' as const, body });
const id = (value: string) => encodeURIComponent(value);

export const gridApi = {
  model: () => request('/api/grid', gridModelSchema),
  report: (input: unknown) => request('/api/grid/events', gridEventSchema, post(input)),
  list: async (status?: string) =>
    (await request(`/api/grid/events${status ? `?status=${id(status)}` : ''}`, gridEventList)).items,
  get: (eventId: string) => request(`/api/grid/events/${id(eventId)}`, gridEventSchema),
  act: (eventId: string, input: unknown) =>
    request(`/api/grid/events/${id(eventId)}/actions`, gridEventSchema, post(input)),
  open311Clients: async () => (await request('/api/grid/open311-clients', open311ClientList)).items,
  issueOpen311Client: (input: unknown) => request('/api/grid/open311-clients', open311ClientIssued, post(input)),
  revokeOpen311Client: (keyId: string) =>
    request(`/api/grid/open311-clients/${id(keyId)}/revocation`, open311ClientView, { method: 'POST' as const }),
};
