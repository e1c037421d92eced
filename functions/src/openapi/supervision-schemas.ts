import { sharingQueryFields, supervisionQueryFields, supervisionSummary } from '../supervision/model.js';
import { supervisionTargets } from '../supervision/targets-model.js';
import { supervisionGrid } from '../supervision/grid-model.js';
import { supervisionDocuments } from '../supervision/documents-model.js';
import { supervisionSharing } from '../supervision/sharing-model.js';
import { supervisionJoint } from '../supervision/joint-model.js';
import { supervisionLetters } from '../supervision/letters-model.js';

/**
 * The supervision routes' query and response schemas (figures per department and period, and their CSV export),
 * spread into `routeSchemas` (schemas.ts), which checks them against the route table.
 */
export const supervisionSchemas = {
  'supervision.summary': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionSummary', schema: supervisionSummary },
  },
  'supervision.targets': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionTargets', schema: supervisionTargets },
  },
  'supervision.letters': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionLetters', schema: supervisionLetters },
  },
  'supervision.grid': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionGrid', schema: supervisionGrid },
  },
  'supervision.joint': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionJoint', schema: supervisionJoint },
  },
  'supervision.documents': {
    query: supervisionQueryFields,
    response: { name: 'SupervisionDocuments', schema: supervisionDocuments },
  },
  'supervision.sharing': {
    query: sharingQueryFields,
    response: { name: 'SupervisionSharing', schema: supervisionSharing },
  },
  'supervision.export': { query: supervisionQueryFields, media: 'text/csv' as const },
};
