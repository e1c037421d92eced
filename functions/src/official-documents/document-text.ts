import { z } from 'zod';

/** The text fields of the documents' inputs: trimmed, with a length, each error naming the field. */
export const text = (field: string, min: number, max: number) =>
  z
    .string({ message: `${field}: text of ${min} to ${max} characters` })
    .trim()
    .min(min, `${field}: at least ${min} characters`)
    .max(max, `${field}: at most ${max} characters`);

/** A step's opinion (意见). */
export const opinion = text('opinion', 2, 1000);
