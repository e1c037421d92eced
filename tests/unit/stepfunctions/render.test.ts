import { describe, expect, it } from 'vitest';
import { renderStateMachines, RenderError } from '../../../infra/local/stepfunctions/render.js';

const options = { region: 'cn-north-1', accountId: '123456789012' };
const fn = { Type: 'AWS::Lambda::Function', Properties: { FunctionName: 'yuexiu-dev-task-x' } };

function template(definitionString: unknown, extra: Record<string, unknown> = {}) {
  return {
    Resources: {
      TaskX: fn,
      Machine: {
        Type: 'AWS::StepFunctions::StateMachine',
        Properties: { StateMachineName: 'yuexiu-dev-wf', DefinitionString: definitionString },
      },
      ...extra,
    },
  };
}

describe('renderStateMachines', () => {
  it('resolves Fn::Join, Fn::GetAtt of a function and the pseudo parameters', () => {
    const definition = {
      'Fn::Join': [
        '',
        [
          '{"StartAt":"A","States":{"A":{"Type":"Task","Resource":"arn:',
          { Ref: 'AWS::Partition' },
          ':states:::lambda:invoke","Parameters":{"FunctionName":"',
          { 'Fn::GetAtt': ['TaskX', 'Arn'] },
          '","Payload":{"r":"',
          { Ref: 'AWS::Region' },
          '","a":"',
          { Ref: 'AWS::AccountId' },
          '"}},"End":true}}}',
        ],
      ],
    };
    const [machine] = renderStateMachines([template(definition)], options);
    expect(machine).toEqual({
      name: 'yuexiu-dev-wf',
      arn: 'arn:aws:states:cn-north-1:123456789012:stateMachine:yuexiu-dev-wf',
      definition: {
        StartAt: 'A',
        States: {
          A: {
            Type: 'Task',
            Resource: 'arn:aws:states:::lambda:invoke',
            Parameters: {
              FunctionName: 'arn:aws:lambda:cn-north-1:123456789012:function:yuexiu-dev-task-x',
              Payload: { r: 'cn-north-1', a: '123456789012' },
            },
            End: true,
          },
        },
      },
    });
  });

  it('finds machines in every template and ignores other resources', () => {
    const plain = template('{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}');
    expect(renderStateMachines([{ Resources: { TaskX: fn } }, plain], options).map((m) => m.name)).toEqual([
      'yuexiu-dev-wf',
    ]);
  });

  it('fails loudly on a Ref it cannot resolve', () => {
    const definition = { 'Fn::Join': ['', ['{"x":"', { Ref: 'SomeTable' }, '"}']] };
    expect(() => renderStateMachines([template(definition)], options)).toThrow(/cannot resolve Ref "SomeTable"/);
  });

  it('fails loudly on a GetAtt other than a function ARN', () => {
    const definition = { 'Fn::Join': ['', ['{"x":"', { 'Fn::GetAtt': ['TaskX', 'SnapStartResponse'] }, '"}']] };
    expect(() => renderStateMachines([template(definition)], options)).toThrow(RenderError);
  });

  it('fails loudly when a function has no literal name', () => {
    const definition = { 'Fn::Join': ['', ['{"x":"', { 'Fn::GetAtt': ['Anon', 'Arn'] }, '"}']] };
    const anon = { Anon: { Type: 'AWS::Lambda::Function', Properties: {} } };
    expect(() => renderStateMachines([template(definition, anon)], options)).toThrow(/no literal FunctionName/);
  });
});
