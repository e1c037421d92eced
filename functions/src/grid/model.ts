import { z } from 'zod';
import { departmentCodes } from '../catalog/taxonomy.js';
import { gridCategoryCodes } from './categories.js';

const text = (field: string, min: number, max: number) =>
  z
    .string({ message: `${field}: text of ${min} to ${max} characters` })
    .trim()
    .min(min, `${field}: at least ${min} characters`)
    .max(max, `${field}: at most ${max} characters`);

/**
 * The states of a city event (事件/部件), in the digital city-management loop's order: 上报 reported → 立案
 * registered → 派遣 dispatched → 处置 handled → 核查 verified → 结案 closed. A report the dispatcher declines
 * (不予立案: a duplicate, not the city's business) is closed from `reported`.
 */
export const gridEventStatuses = ['reported', 'registered', 'dispatched', 'handled', 'verified', 'closed'] as const;
export type GridEventStatus = (typeof gridEventStatuses)[number];

export const latitude = z.coerce
  .number({ message: 'lat: a latitude in degrees (WGS 84)' })
  .min(-90, 'lat: from -90 to 90')
  .max(90, 'lat: from -90 to 90');
export const longitude = z.coerce
  .number({ message: 'long: a longitude in degrees (WGS 84)' })
  .min(-180, 'long: from -180 to 180')
  .max(180, 'long: from -180 to 180');

/** How many photos a report, or a department's handling, may carry. */
export const maxGridPhotos = 4;

const photoIds = z
  .array(z.string().uuid('photos: document ids from the upload'), { message: 'photos: a list of document ids' })
  .max(maxGridPhotos, `photos: at most ${maxGridPhotos} photos`)
  .refine((ids) => new Set(ids).size === ids.length, 'photos: each photo once');

/**
 * `POST /api/grid/events`: a citizen's report on the portal, or an inspector's from the street. Without lat/lng
 * the place is the GPS position the first photo's EXIF records (400 naming lat when none does).
 */
export const reportEventInput = z
  .object({
    category: z.enum(gridCategoryCodes, { message: `category: one of ${gridCategoryCodes.join(', ')}` }),
    description: text('description', 5, 1000),
    lat: latitude.optional(),
    lng: longitude.optional(),
    /** Photos from the camera, uploaded through documents.createUpload (JPEG or PNG); their EXIF is stripped. */
    photos: photoIds.optional(),
    /** What the reporter calls the place (a street and number, a landmark). */
    address: text('address', 2, 120).optional(),
    /** Chosen by the client once per report: a repeated submission writes nothing new. */
    submissionToken: z
      .string({ message: 'submissionToken: a UUID chosen by the client' })
      .uuid('submissionToken: a UUID chosen by the client'),
  })
  .strict()
  .refine((input) => (input.lat === undefined) === (input.lng === undefined), {
    message: 'lng: give both lat and lng, or neither (then the photo’s position is used)',
    path: ['lng'],
  });
export type ReportEventInput = z.infer<typeof reportEventInput>;

export const gridActions = ['register', 'decline', 'dispatch', 'handle', 'verify', 'return'] as const;
export type GridAction = (typeof gridActions)[number];

/**
 * `POST /api/grid/events/{id}/actions`: one human step of the loop. The dispatcher registers (立案) or declines
 * a report and dispatches it to a department (派遣); the department's officer records the handling (处置); the
 * street's inspector verifies on site (核查) and closes it (结案), or returns it to the department.
 */
export const eventActionInput = z
  .object({
    action: z.enum(gridActions, { message: `action: one of ${gridActions.join(', ')}` }),
    /** For `dispatch`: the department to handle it (the category's by default). */
    department: z.enum(departmentCodes, { message: `department: one of ${departmentCodes.join(', ')}` }).optional(),
    /** What was done or found; required to decline, handle and return. */
    note: text('note', 2, 1000).optional(),
    /** For `handle`: photos of the result, uploaded as a report's are. */
    photos: photoIds.optional(),
    /** The version the actor saw: a stale one gives 409 GRID_EVENT_STALE. */
    version: z.number({ message: 'version: the version you saw' }).int().min(1),
  })
  .strict();
export type EventActionInput = z.infer<typeof eventActionInput>;

/** `GET /api/grid/events`: open events by urgency (staff), or mine (citizens); `status` narrows it. */
export const eventListQuery = z
  .object({
    status: z.enum(gridEventStatuses, { message: `status: one of ${gridEventStatuses.join(', ')}` }).optional(),
  })
  .strict();

export const gridEventNumberPattern = /^G\d{8}-\d{4}$/;
export const gridEventId = z.string().regex(gridEventNumberPattern, 'id: an event number such as G20261206-0001');

export type GridEventSource = 'portal' | 'inspector' | 'open311';

export interface GridEventHistoryEntry {
  at: string;
  status: GridEventStatus;
  /** A step of the loop, the report, or the sweep's warning (yellow) and escalation (red), by `system`. */
  action: GridAction | 'report' | 'deadline_warning' | 'overdue';
  /** A username, or `open311:<client>` for a report through the Open311 API. */
  by: string;
  note?: string;
  department?: string;
}

/** A photo of the event: the reporter's (`report`) or the department's of its result (`handling`). */
export interface GridPhoto {
  documentId: string;
  stage: 'report' | 'handling';
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  at: string;
  by: string;
}

export interface GridEventRecord {
  /** The event number (also Open311's service_request_id), G<yyyymmdd>-<nnnn>. */
  eventId: string;
  category: string;
  description: string;
  location: { lat: number; lng: number };
  address?: string;
  cell: string;
  street: string;
  community: string;
  source: GridEventSource;
  /** The citizen's account (sub) that reported it on the portal; absent for inspectors' and Open311 reports. */
  owner?: string;
  reportedBy: string;
  status: GridEventStatus;
  department?: string;
  /** The category's time limit, in working days of the deadline engine, running from the report. */
  limitDays: number;
  dueDate: string;
  reportedAt: string;
  updatedAt: string;
  closedAt?: string;
  /** The dispatcher declined the report (不予立案). */
  declined?: boolean;
  /** The highest deadline warning the sweep raised (grid/deadline.ts), once per level. */
  deadlineWarning?: { level: 'yellow' | 'red'; at: string };
  history: GridEventHistoryEntry[];
  /** Stored stripped of their metadata (documents/photos.ts). */
  photos?: GridPhoto[];
  version: number;
}

const historyEntry = z.object({
  at: z.string(),
  status: z.enum(gridEventStatuses),
  action: z.string(),
  by: z.string(),
  note: z.string().optional(),
  department: z.string().optional(),
});

/** An event as the portal shows it (staff see who reported; citizens only their own events). */
export const gridEventView = z.object({
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
  /** Working days left to the due date (negative once overdue); absent once closed. */
  remainingWorkingDays: z.number().int().optional(),
  level: z.enum(['green', 'yellow', 'red']).optional(),
  /** Overdue and escalated to the department's head and the command center (staff only). */
  escalated: z.boolean().optional(),
  reportedAt: z.string(),
  updatedAt: z.string(),
  closedAt: z.string().optional(),
  declined: z.boolean().optional(),
  history: z.array(historyEntry),
  photos: z
    .array(
      z.object({
        documentId: z.string(),
        stage: z.enum(['report', 'handling']),
        fileName: z.string(),
        contentType: z.string(),
        size: z.number().int(),
        sha256: z.string(),
        at: z.string(),
        downloadUrl: z.string().url().optional().describe('Reading one event (an audited read) hands these out'),
      }),
    )
    .optional(),
  version: z.number().int(),
});
export type GridEventView = z.infer<typeof gridEventView>;

export const gridEventList = z.object({ items: z.array(gridEventView) });
