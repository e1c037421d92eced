import { describe, expect, it } from 'vitest';
import { LocalFunctions } from '../../../infra/local/lambda-runtime.js';
import { physicalName } from '../../../functions/src/platform/resources.js';
import { workflowTasks } from '../../../functions/src/workflow-tasks.js';

describe('LocalFunctions', () => {
  it('names the workflow task functions as the CDK app does', () => {
    const functions = LocalFunctions.fromWorkflowTasks('dev');
    expect(functions.names().sort()).toEqual(workflowTasks.map((t) => physicalName('dev', `task-${t.id}`)).sort());
  });

  it('passes a copy of the payload and a Lambda-like context, and returns the result through JSON', async () => {
    const seen: unknown[] = [];
    const functions = LocalFunctions.fromHandlers({
      f: (event, context) => {
        seen.push(
          { ...(event as object) },
          context.functionName,
          typeof context.awsRequestId,
          context.getRemainingTimeInMillis() > 0,
        );
        (event as { n: number }).n = 2;
        return { at: new Date(0), skip: undefined };
      },
    });
    const payload = { n: 1 };
    const result = await functions.invoke('f', payload);
    expect(result).toEqual({ payload: { at: '1970-01-01T00:00:00.000Z' } });
    expect(seen).toEqual([{ n: 1 }, 'f', 'string', true]);
    expect(payload.n).toBe(1);
  });

  it('reports a thrown error as a function error whose errorType is the error name', async () => {
    class ConflictError extends Error {
      override name = 'ConflictError';
    }
    const functions = LocalFunctions.fromHandlers({
      f: async () => {
        throw new ConflictError('already decided');
      },
    });
    const result = await functions.invoke('f', {});
    expect(result.functionError).toBe('Unhandled');
    expect(result.payload).toMatchObject({ errorType: 'ConflictError', errorMessage: 'already decided' });
  });

  it('reports a handler that runs past its timeout as Sandbox.Timedout', async () => {
    const functions = LocalFunctions.fromHandlers({ f: () => new Promise(() => undefined) }, { timeoutMs: 20 });
    const result = await functions.invoke('f', {});
    expect(result.payload).toMatchObject({ errorType: 'Sandbox.Timedout' });
  });

  it('rejects an invocation of an unknown function', async () => {
    await expect(LocalFunctions.fromHandlers({}).invoke('nope', {})).rejects.toThrow(/not found locally: nope/);
  });
});
