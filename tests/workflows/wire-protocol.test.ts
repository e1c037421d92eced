import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DescribeExecutionCommand,
  DescribeStateMachineCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  InvalidToken,
  ListStateMachinesCommand,
  SendTaskSuccessCommand,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  TaskDoesNotExist,
} from '@aws-sdk/client-sfn';
import {
  ACCOUNT,
  REGION,
  fakeCaseTasks,
  machineArn,
  startHarness,
  type Harness,
  caseInput,
} from './support/harness.js';

let harness: Harness;
let endpoint: string;
beforeAll(async () => {
  harness = await startHarness({ handlers: fakeCaseTasks().handlers, timeScale: 1e-3 });
  endpoint = String(await harness.client.config.endpoint?.().then((e) => `http://${e.hostname}:${e.port}/`));
});
afterAll(() => harness.close());

const input = JSON.stringify(caseInput({ caseId: 'c-w' }));

describe('local Step Functions wire protocol', () => {
  it('answers a repeated StartExecution of a running execution with the same ARN', async () => {
    const stateMachineArn = await machineArn('case-approval');
    const first = await harness.client.send(new StartExecutionCommand({ stateMachineArn, name: 'case-w-1', input }));
    const again = await harness.client.send(new StartExecutionCommand({ stateMachineArn, name: 'case-w-1', input }));
    expect(again.executionArn).toBe(first.executionArn);
    expect(again.startDate?.getTime()).toBe(first.startDate?.getTime());
    expect(first.executionArn).toBe(`arn:aws:states:${REGION}:${ACCOUNT}:execution:yuexiu-test-case-approval:case-w-1`);
  });

  it('refuses the same name with a different input with ExecutionAlreadyExists', async () => {
    const stateMachineArn = await machineArn('case-approval');
    await harness.client.send(new StartExecutionCommand({ stateMachineArn, name: 'case-w-2', input }));
    await expect(
      harness.client.send(new StartExecutionCommand({ stateMachineArn, name: 'case-w-2', input: '{"caseId":"x"}' })),
    ).rejects.toBeInstanceOf(ExecutionAlreadyExists);
  });

  it('describes a running execution and records its start in the history', async () => {
    const stateMachineArn = await machineArn('case-approval');
    const { executionArn } = await harness.client.send(
      new StartExecutionCommand({ stateMachineArn, name: 'case-w-3', input }),
    );
    const described = await harness.client.send(new DescribeExecutionCommand({ executionArn }));
    expect(described).toMatchObject({ status: 'RUNNING', name: 'case-w-3', input, stateMachineArn });
    expect(described.startDate).toBeInstanceOf(Date);
    const history = await harness.client.send(new GetExecutionHistoryCommand({ executionArn }));
    expect(history.events?.[0]).toMatchObject({ id: 1, type: 'ExecutionStarted' });
  });

  it('throws the SDK’s named exceptions for unknown executions, machines and tokens', async () => {
    const unknown = `arn:aws:states:${REGION}:${ACCOUNT}:execution:yuexiu-test-case-approval:nope`;
    await expect(harness.client.send(new DescribeExecutionCommand({ executionArn: unknown }))).rejects.toBeInstanceOf(
      ExecutionDoesNotExist,
    );
    await expect(
      harness.client.send(
        new DescribeStateMachineCommand({ stateMachineArn: unknown.replace(':execution:', ':stateMachine:') }),
      ),
    ).rejects.toBeInstanceOf(StateMachineDoesNotExist);
    await expect(
      harness.client.send(new SendTaskSuccessCommand({ taskToken: 'not-a-token', output: '{}' })),
    ).rejects.toBeInstanceOf(InvalidToken);
    await expect(
      harness.client.send(new SendTaskSuccessCommand({ taskToken: `YXT1${'A'.repeat(86)}`, output: '{}' })),
    ).rejects.toBeInstanceOf(TaskDoesNotExist);
  });

  it('lists and describes the state machines of the CDK app', async () => {
    const listed = await harness.client.send(new ListStateMachinesCommand({}));
    expect(listed.stateMachines?.map((m) => m.name)).toContain('yuexiu-test-case-approval');
    const described = await harness.client.send(
      new DescribeStateMachineCommand({ stateMachineArn: await machineArn('case-approval') }),
    );
    expect(JSON.parse(described.definition ?? '{}')).toMatchObject({ StartAt: 'AcceptedAtCounter?' });
  });

  it('answers 1,000 random requests with a JSON error or result, never a 5xx', async () => {
    const operations = [
      'StartExecution',
      'DescribeExecution',
      'ListExecutions',
      'StopExecution',
      'GetExecutionHistory',
      'SendTaskSuccess',
      'SendTaskFailure',
      'SendTaskHeartbeat',
      'ListStateMachines',
      'DescribeStateMachine',
      'Nope',
    ];
    const body = fc.oneof(
      fc.string(),
      fc.json(),
      fc
        .dictionary(
          fc.constantFrom(
            'stateMachineArn',
            'executionArn',
            'name',
            'input',
            'taskToken',
            'output',
            'error',
            'cause',
            'maxResults',
            'nextToken',
            'statusFilter',
            'reverseOrder',
            'includeExecutionData',
          ),
          fc.oneof(
            fc.string(),
            fc.integer(),
            fc.boolean(),
            fc.constant(null),
            fc.jsonValue(),
            fc.constant('arn:aws:states:x:stateMachine:y'),
          ),
        )
        .map((o) => JSON.stringify(o)),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...operations), body, async (operation, text) => {
        const res = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': `AWSStepFunctions.${operation}` },
          body: text,
        });
        expect(res.status).toBeLessThan(500);
        const answer = (await res.json()) as Record<string, unknown>;
        if (res.status !== 200) expect(answer.__type).toEqual(expect.any(String));
      }),
      { numRuns: 1000 },
    );
  });
});
