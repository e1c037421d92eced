// Committed so `tsc -p web/tsconfig.json` works on a fresh clone, before `next build` writes next-env.d.ts.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
