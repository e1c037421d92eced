import { describe, expect, it } from 'vitest';
import { AppError, errorBody } from '../../../functions/src/platform/errors.js';

describe('errorBody', () => {
  it('shows the code and message of an expected refusal', () => {
    expect(errorBody(new AppError(409, 'CASE_STALE', 'The case changed'))).toEqual({
      status: 409,
      body: { error: { code: 'CASE_STALE', message: 'The case changed' } },
    });
  });

  it('passes a 503 "try again" through with its code, so clients can wait and retry', () => {
    const error = new AppError(503, 'DECISION_PENDING', 'The decision is being delivered; try again in a moment');
    expect(errorBody(error)).toEqual({
      status: 503,
      body: { error: { code: 'DECISION_PENDING', message: 'The decision is being delivered; try again in a moment' } },
    });
  });

  it('hides other server errors behind one generic answer', () => {
    const generic = { status: 500, body: { error: { code: 'INTERNAL', message: 'Something went wrong on our side' } } };
    expect(errorBody(new AppError(500, 'PERSONAL_DATA_UNREADABLE', 'key 3 missing'))).toEqual(generic);
    expect(errorBody(new Error('socket hang up'))).toEqual(generic);
  });
});
