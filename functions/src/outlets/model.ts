import { z } from 'zod';
import { bilingual } from '../catalog/model.js';

export const outletTypes = ['street', 'department'] as const;
/** street-station: one per street (街道政务服务中心); branch-station: a street-level satellite station. */
export const outletKinds = ['street-station', 'branch-station', 'service-centre', 'department-window'] as const;

/** A WGS-84 position. */
export const position = z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });
export type Position = z.infer<typeof position>;

/** A service outlet (服务网点): where citizens apply in person. */
export const outlet = z.object({
  /** The code catalog items name in their `outlets`. */
  code: z.string().regex(/^[a-z][a-z0-9-]{1,60}$/),
  type: z.enum(outletTypes),
  kind: z.enum(outletKinds),
  name: bilingual(80),
  address: bilingual(200),
  hours: bilingual(200),
  phone: z.string().regex(/^\d{3,4}-\d{7,8}$/),
  location: position,
  /** Every outlet here is demonstration data, not the district's published directory. */
  demo: z.literal(true),
});
export type Outlet = z.infer<typeof outlet>;

const nearPattern = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/** `near=lat,lng` in decimal degrees (WGS-84); every failure is reported at `near` itself. */
const nearMessage = 'near is lat,lng in decimal degrees, e.g. 23.1291,113.2644';
export const nearParameter = z
  .string()
  .regex(nearPattern, nearMessage)
  .transform((text, ctx): Position => {
    const match = nearPattern.exec(text);
    const lat = Number(match?.[1]);
    const lng = Number(match?.[2]);
    if (!match || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      ctx.addIssue({ code: 'custom', message: nearMessage });
      return z.NEVER;
    }
    return { lat, lng };
  });

/** Query of `GET /api/outlets`. Unknown parameters are refused. */
export const outletQuery = z.object({
  near: nearParameter.optional(),
  type: z.enum(outletTypes).optional(),
});
export type OutletQuery = z.infer<typeof outletQuery>;

export const outletList = z.object({
  items: z.array(outlet.extend({ distanceMeters: z.number().int().min(0).optional() })),
  /** Says the data is for demonstration. */
  notice: bilingual(300),
});
export type OutletList = z.infer<typeof outletList>;
