import { z } from 'zod';

/**
 * The persisted shape of a case's deadline clock. Only the facts are stored — when the case was
 * accepted, its limit, when it waited for the citizen — never the due date: that is derived
 * (clock.ts) and changes when the calendar learns a new year's holidays.
 */

const isoInstant = z.iso.datetime({ offset: true });

/** About a year of working days, longer than any time limit the platform handles: more is a bad record. */
export const maxLimitDays = 250;

/** A time the case waited for the citizen (补正): from the request until the materials came back. */
export const clockPause = z
  .object({
    from: isoInstant,
    /** Absent while the case is still waiting. */
    to: isoInstant.optional(),
  })
  .refine((pause) => pause.to === undefined || Date.parse(pause.to) >= Date.parse(pause.from), {
    message: 'a pause ends no earlier than it starts',
    path: ['to'],
  });
export type ClockPause = z.infer<typeof clockPause>;

/** A case's time limit: `limitDays` working days counted from acceptance, stopped by `pauses`. */
export const deadlineClock = z
  .object({
    acceptedAt: isoInstant,
    /** 0 for an item done on the spot (即办件). */
    limitDays: z.number().int().min(0).max(maxLimitDays),
    pauses: z.array(clockPause).max(100).default([]),
  })
  .refine((clock) => clock.pauses.every((pause) => Date.parse(pause.from) >= Date.parse(clock.acceptedAt)), {
    message: 'a pause starts no earlier than acceptance',
    path: ['pauses'],
  })
  .refine(
    (clock) => {
      const open = clock.pauses.filter((pause) => pause.to === undefined);
      return (
        open.length <= 1 &&
        open.every((o) => clock.pauses.every((pause) => Date.parse(pause.from) <= Date.parse(o.from)))
      );
    },
    { message: 'at most one pause is open, and none starts after it', path: ['pauses'] },
  );
export type DeadlineClock = z.infer<typeof deadlineClock>;
