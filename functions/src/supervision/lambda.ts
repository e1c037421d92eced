import { groupHandler } from '../platform/http-handler.js';
import { parseInput } from '../platform/validation.js';
import { supervisionDocuments } from './documents.js';
import { supervisionGrid } from './grid.js';
import { supervisionJoint } from './joint.js';
import { supervisionLetters } from './letters.js';
import { sharingQuery, supervisionQuery } from './model.js';
import { supervisionExport, supervisionSummary, supervisionTargets } from './service.js';
import { supervisionSharing } from './sharing.js';

/**
 * Supervisors (the district) and department heads (their department) read the supervision figures (cases,
 * targets, the mailbox's letters, the grid's city events, joint review, official documents,
 * data sharing) and export the case list. Errors: 400 INVALID_INPUT (naming the parameter), 401, 403 FORBIDDEN (another
 * department than a head's own).
 */
export const handler = groupHandler('supervision', {
  summary: async ({ principal, scope, query }) => ({
    body: await supervisionSummary(principal, scope, parseInput(supervisionQuery, query)),
  }),
  targets: async ({ principal, scope, query }) => ({
    body: await supervisionTargets(principal, scope, parseInput(supervisionQuery, query)),
  }),
  letters: async ({ principal, scope, query }) => ({
    body: await supervisionLetters(principal, scope, parseInput(supervisionQuery, query)),
  }),
  grid: async ({ principal, scope, query }) => ({
    body: await supervisionGrid(principal, scope, parseInput(supervisionQuery, query)),
  }),
  joint: async ({ principal, scope, query }) => ({
    body: await supervisionJoint(principal, scope, parseInput(supervisionQuery, query)),
  }),
  documents: async ({ principal, scope, query }) => ({
    body: await supervisionDocuments(principal, scope, parseInput(supervisionQuery, query)),
  }),
  sharing: async ({ principal, scope, query }) => ({
    body: await supervisionSharing(principal, scope, parseInput(sharingQuery, query)),
  }),
  export: async ({ principal, scope, query }) => {
    const { csv, rows, truncated } = await supervisionExport(principal, scope, parseInput(supervisionQuery, query));
    return {
      body: csv,
      raw: true,
      headers: {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': 'attachment; filename="cases.csv"',
        'x-truncated': String(truncated),
      },
      audit: { action: 'supervision.export', details: { rows: String(rows), truncated: String(truncated) } },
    };
  },
});
