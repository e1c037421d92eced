/**
 * The esbuild options of every Lambda bundle, shared by the CDK app (app-function.ts) and the
 * benchmark (scripts/bench/bundles.ts) so that the figures describe what is deployed.
 */
export const lambdaBundling = {
  target: 'node22',
  minify: true,
  sourceMap: true,
  mainFields: ['module', 'main'],
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  // The SDK is bundled (not taken from the runtime) so that AWS runs the versions the tests ran.
  externalModules: [] as string[],
} as const;
