/** A bilingual text written as a [Chinese, English] tuple, and its object form. */
export type Pair = readonly [zh: string, en: string];
export const t = ([zh, en]: Pair) => ({ zh, en });
