import { describe, expect, it } from 'vitest';
import { LocalFunctions } from '../../../infra/local/lambda-runtime.js';
import { LocalStepFunctions } from '../../../infra/local/stepfunctions/engine.js';
import { planMachine, UnservableStateMachineError } from '../../../infra/local/stepfunctions/task-plan.js';

const functions = LocalFunctions.fromHandlers({ 'yuexiu-dev-task-x': () => ({}) });
const ctx = { machineName: 'yuexiu-dev-wf', functions, region: 'us-east-1', accountId: '000000000000' };
const arnOf = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;
const oneTask = (state: Record<string, unknown>) => ({
  StartAt: 'Work',
  States: { Work: { Type: 'Task', End: true, ...state } },
});

describe('planMachine', () => {
  it('serves a Lambda ARN, lambda:invoke and lambda:invoke.waitForTaskToken of a local function', () => {
    const definition = {
      StartAt: 'A',
      States: {
        A: { Type: 'Task', Resource: arnOf('yuexiu-dev-task-x'), Next: 'B' },
        B: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke',
          Parameters: { FunctionName: 'yuexiu-dev-task-x' },
          Next: 'C',
        },
        C: {
          Type: 'Task',
          Resource: 'arn:aws:states:::lambda:invoke.waitForTaskToken',
          TimeoutSeconds: 60,
          HeartbeatSeconds: 10,
          Parameters: { FunctionName: arnOf('yuexiu-dev-task-x'), Payload: { 'token.$': '$$.Task.Token' } },
          End: true,
        },
      },
    };
    const plan = planMachine(definition, ctx);
    expect([...plan.tasks.values()].map((t) => [t.stateName, t.kind, t.functionName])).toEqual([
      ['A', 'lambda', 'yuexiu-dev-task-x'],
      ['B', 'invoke', 'yuexiu-dev-task-x'],
      ['C', 'callback', 'yuexiu-dev-task-x'],
    ]);
    expect(plan.tasks.get('C')).toMatchObject({ timeoutSeconds: 60, heartbeatSeconds: 10 });
    expect(plan.tasks.get('A')?.timeoutSeconds).toBe(99_999_999);
  });

  it('leaves the given definition unchanged and lifts task timers out of the executable copy', () => {
    const definition = oneTask({
      Resource: arnOf('yuexiu-dev-task-x'),
      TimeoutSeconds: 5,
      HeartbeatSeconds: 2,
      Catch: [{ ErrorEquals: ['States.Timeout'], Next: 'Work' }],
    });
    const copy = structuredClone(definition);
    const plan = planMachine(definition, ctx);
    expect(definition).toEqual(copy);
    const work = (plan.executable.States as Record<string, Record<string, unknown>>).Work;
    expect(work?.HeartbeatSeconds).toBeUndefined();
    expect(work?.Catch).toEqual([{ ErrorEquals: ['States.Timeout', 'States.HeartbeatTimeout'], Next: 'Work' }]);
  });

  it.each([
    ['an unknown function', { Resource: arnOf('somebody-else') }, /Work.*somebody-else/],
    [
      'a function of another account',
      { Resource: 'arn:aws:lambda:us-east-1:999999999999:function:yuexiu-dev-task-x' },
      /not a local function|cannot serve/,
    ],
    [
      'another service integration',
      { Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 't' } },
      /dynamodb:putItem/,
    ],
    [
      'a dynamic FunctionName',
      { Resource: 'arn:aws:states:::lambda:invoke', Parameters: { 'FunctionName.$': '$.fn' } },
      /dynamic FunctionName/,
    ],
    [
      'a .sync integration',
      { Resource: 'arn:aws:states:::states:startExecution.sync', Parameters: {} },
      /startExecution\.sync/,
    ],
  ])('refuses a machine whose task uses %s, naming the machine and state', (_, state, message) => {
    expect(() => planMachine(oneTask(state), ctx)).toThrow(UnservableStateMachineError);
    expect(() => planMachine(oneTask(state), ctx)).toThrow(/yuexiu-dev-wf.*"Work"/);
    expect(() => planMachine(oneTask(state), ctx)).toThrow(message);
  });

  it('refuses tasks nested in Parallel branches too', () => {
    const definition = {
      StartAt: 'Both',
      States: {
        Both: { Type: 'Parallel', End: true, Branches: [oneTask({ Resource: 'arn:aws:states:::sns:publish' })] },
      },
    };
    expect(() => planMachine(definition, ctx)).toThrow(/"Work".*sns:publish/);
  });

  it('refuses JSONata definitions, which the library does not evaluate', () => {
    expect(() =>
      planMachine({ ...oneTask({ Resource: arnOf('yuexiu-dev-task-x') }), QueryLanguage: 'JSONata' }, ctx),
    ).toThrow(/JSONata/);
  });

  it('makes the engine refuse an unservable machine at construction', () => {
    const machine = {
      name: 'yuexiu-dev-wf',
      arn: 'arn:aws:states:us-east-1:000000000000:stateMachine:yuexiu-dev-wf',
      definition: oneTask({ Resource: 'arn:aws:states:::sqs:sendMessage', Parameters: {} }),
    };
    expect(
      () =>
        new LocalStepFunctions({
          machines: [machine],
          functions,
          dataDir: '/nonexistent',
          region: 'us-east-1',
          accountId: '000000000000',
        }),
    ).toThrow(/yuexiu-dev-wf.*"Work".*sqs:sendMessage/);
  });
});
