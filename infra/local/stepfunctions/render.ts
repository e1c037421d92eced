/**
 * Renders the state machines of synthesized CloudFormation templates into the ASL the local engine
 * runs: the same `DefinitionString` the CDK app deploys, with its intrinsics resolved to local names.
 */

export interface LocalStateMachine {
  readonly name: string;
  readonly arn: string;
  readonly definition: Record<string, unknown>;
}

export interface RenderOptions {
  readonly region: string;
  readonly accountId: string;
}

interface CfnResource {
  readonly Type?: string;
  readonly Properties?: Record<string, unknown>;
}

/** Thrown when a template uses something the local cloud cannot resolve. */
export class RenderError extends Error {
  override readonly name = 'RenderError';
}

/** Finds every `AWS::StepFunctions::StateMachine` in `templates` and resolves its definition. */
export function renderStateMachines(templates: readonly object[], options: RenderOptions): LocalStateMachine[] {
  const machines: LocalStateMachine[] = [];
  for (const template of templates) {
    const resources = ((template as { Resources?: unknown }).Resources ?? {}) as Record<string, CfnResource>;
    for (const [logicalId, resource] of Object.entries(resources)) {
      if (resource.Type !== 'AWS::StepFunctions::StateMachine') continue;
      machines.push(renderOne(logicalId, resource, resources, options));
    }
  }
  const names = new Set<string>();
  for (const machine of machines) {
    if (names.has(machine.name)) throw new RenderError(`Two state machines are named ${machine.name}`);
    names.add(machine.name);
  }
  return machines;
}

function renderOne(
  logicalId: string,
  resource: CfnResource,
  resources: Record<string, CfnResource>,
  options: RenderOptions,
): LocalStateMachine {
  const props = resource.Properties ?? {};
  const where = `state machine ${logicalId}`;
  const name = props.StateMachineName;
  if (typeof name !== 'string') {
    throw new RenderError(`${where} has no literal StateMachineName; the local cloud needs the physical name`);
  }
  let definition: unknown;
  if (props.Definition !== undefined) {
    definition = resolveValue(props.Definition, resources, options, where);
  } else {
    const text = resolveValue(props.DefinitionString, resources, options, where);
    if (typeof text !== 'string') throw new RenderError(`${where} has no DefinitionString`);
    definition = JSON.parse(text);
  }
  if (props.DefinitionSubstitutions !== undefined) {
    throw new RenderError(`${where} uses DefinitionSubstitutions, which the local cloud does not resolve`);
  }
  if (typeof definition !== 'object' || definition === null || Array.isArray(definition)) {
    throw new RenderError(`${where} has a definition that is not a JSON object`);
  }
  return {
    name,
    arn: `arn:aws:states:${options.region}:${options.accountId}:stateMachine:${name}`,
    definition: definition as Record<string, unknown>,
  };
}

function resolveValue(
  value: unknown,
  resources: Record<string, CfnResource>,
  options: RenderOptions,
  where: string,
): unknown {
  if (Array.isArray(value)) return value.map((item) => resolveValue(item, resources, options, where));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const [first] = entries;
  if (entries.length === 1 && first && (first[0] === 'Ref' || first[0].startsWith('Fn::'))) {
    return resolveIntrinsic(first[0], first[1], resources, options, where);
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, resolveValue(v, resources, options, where)]));
}

function resolveIntrinsic(
  fn: string,
  arg: unknown,
  resources: Record<string, CfnResource>,
  options: RenderOptions,
  where: string,
): string {
  switch (fn) {
    case 'Fn::Join': {
      if (!Array.isArray(arg) || typeof arg[0] !== 'string' || !Array.isArray(arg[1])) {
        throw new RenderError(`${where}: malformed Fn::Join`);
      }
      const parts = (arg[1] as unknown[]).map((part) => resolveValue(part, resources, options, where));
      if (!parts.every((part) => typeof part === 'string')) {
        throw new RenderError(`${where}: Fn::Join over a value that is not a string`);
      }
      return parts.join(arg[0]);
    }
    case 'Ref':
      return resolveRef(arg, resources, options, where);
    case 'Fn::GetAtt':
      return resolveGetAtt(arg, resources, options, where);
    default:
      throw new RenderError(`${where}: the local cloud cannot resolve ${fn} ${JSON.stringify(arg)}`);
  }
}

function resolveRef(arg: unknown, resources: Record<string, CfnResource>, options: RenderOptions, where: string) {
  switch (arg) {
    case 'AWS::Partition':
      return 'aws';
    case 'AWS::Region':
      return options.region;
    case 'AWS::AccountId':
      return options.accountId;
    case 'AWS::URLSuffix':
      return 'amazonaws.com';
    default: {
      const target = typeof arg === 'string' ? resources[arg] : undefined;
      if (target?.Type === 'AWS::Lambda::Function') return functionName(String(arg), target, where);
      throw new RenderError(`${where}: the local cloud cannot resolve Ref ${JSON.stringify(arg)}`);
    }
  }
}

function resolveGetAtt(arg: unknown, resources: Record<string, CfnResource>, options: RenderOptions, where: string) {
  const [logicalId, attribute] = Array.isArray(arg) ? arg : typeof arg === 'string' ? arg.split('.') : [];
  const target = typeof logicalId === 'string' ? resources[logicalId] : undefined;
  if (target?.Type === 'AWS::Lambda::Function' && attribute === 'Arn') {
    const name = functionName(String(logicalId), target, where);
    return `arn:aws:lambda:${options.region}:${options.accountId}:function:${name}`;
  }
  throw new RenderError(`${where}: the local cloud cannot resolve Fn::GetAtt ${JSON.stringify(arg)}`);
}

function functionName(logicalId: string, resource: CfnResource, where: string): string {
  const name = resource.Properties?.FunctionName;
  if (typeof name !== 'string') {
    throw new RenderError(
      `${where} refers to function ${logicalId}, which has no literal FunctionName; name it explicitly in the CDK app`,
    );
  }
  return name;
}
