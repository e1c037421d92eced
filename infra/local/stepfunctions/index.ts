/** The embedded Step Functions service of the local cloud. */
export { LocalStepFunctions, type LocalStepFunctionsOptions } from './engine.js';
export { renderStateMachines, RenderError, type LocalStateMachine, type RenderOptions } from './render.js';
export { UnservableStateMachineError } from './task-plan.js';
export { SfnServiceError, type SfnErrorCode } from './errors.js';
export type { ListeningServer } from './server.js';
