// Which outcomes need a reason: the API's own list (functions/src/workitems/outcomes.ts, zod-free).
export { outcomesNeedingComment } from '../../../../../../functions/src/workitems/outcomes';
