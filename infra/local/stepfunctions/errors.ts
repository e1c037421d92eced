/**
 * Errors of the Step Functions API, named as the real service names them so that
 * `@aws-sdk/client-sfn` throws the same exception classes locally as on AWS.
 */
export type SfnErrorCode =
  | 'ExecutionAlreadyExists'
  | 'ExecutionDoesNotExist'
  | 'InvalidArn'
  | 'InvalidExecutionInput'
  | 'InvalidName'
  | 'InvalidOutput'
  | 'InvalidToken'
  | 'StateMachineDoesNotExist'
  | 'TaskDoesNotExist'
  | 'TaskTimedOut'
  | 'ValidationException'
  | 'SerializationException'
  | 'UnknownOperationException';

const typePrefix = 'com.amazonaws.swf.service.v2.model#';

/** An expected API failure: HTTP 400 with `{ __type, message }`. */
export class SfnServiceError extends Error {
  override readonly name = 'SfnServiceError';
  constructor(
    readonly code: SfnErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }

  toJSON(): { __type: string; message: string } {
    return { __type: `${typePrefix}${this.code}`, message: this.message };
  }
}
