import { rgb } from 'pdf-lib';

/** The page geometry and colours all documents share. */

/** A4 in points, and the margins every document keeps. */
export const pageSize = { width: 595.28, height: 841.89 } as const;
export const margin = { x: 56, top: 56, bottom: 64 } as const;
/** The width between the side margins. */
export const contentWidth = pageSize.width - 2 * margin.x;

/** The few colours the documents use. */
export const colors = {
  ink: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.4, 0.4, 0.45),
  rule: rgb(0.35, 0.35, 0.4),
  shade: rgb(0.93, 0.94, 0.96),
  heading: rgb(0.85, 0.88, 0.93),
  required: rgb(0.75, 0.1, 0.1),
  watermark: rgb(0.8, 0.2, 0.2),
} as const;
