import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { routeGroups } from '../../../functions/src/routes.js';
import { workflowTasks } from '../../../functions/src/workflow-tasks.js';

const root = path.resolve(import.meta.dirname, '../../..');
const entries = [
  ...routeGroups.map((g) => `functions/src/${g}/lambda.ts`),
  ...new Set(workflowTasks.map((t) => `functions/src/${t.module}.ts`)),
];

describe('Lambda bundles', () => {
  it.each(entries)(
    '%s pulls in no infrastructure code (CDK, local cloud, web)',
    async (entry) => {
      const result = await build({
        entryPoints: [path.join(root, entry)],
        bundle: true,
        platform: 'node',
        format: 'esm',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      const inputs = Object.keys(result.metafile.inputs);
      const forbidden = inputs.filter((p) =>
        /node_modules\/(aws-cdk-lib|constructs|cdk-nag|next|react)\/|^infra\/|^web\//.test(p),
      );
      expect(forbidden).toEqual([]);
      // Bundling the PDF groups takes seconds on a busy 2-core machine; this checks content, not speed.
    },
    60_000,
  );
});
