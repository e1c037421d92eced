import { createHash } from 'node:crypto';
import { AppError, conflict, notFound } from '../platform/errors.js';
import { nowIso } from '../platform/clock.js';
import { maskResidentId } from '../platform/personal-data/masking.js';
import type { Principal } from '../platform/principal.js';
import { entityParties, type EntityParties } from '../registries/service.js';
import * as store from './entity-binding-store.js';
import type { EntityAgentInput, EntityBindingInput, EntityBindingView } from './model.js';
import { residentIdBlindIndex, verifiedResidentIndex } from './service.js';

/**
 * Binding an account to a legal entity (企业/法人账户绑定): the account's real-name-verified person must be the
 * entity's legal representative in the registry of legal entities, or an agent (经办人) the representative has
 * authorised. Who is who is decided on blind indexes of ID numbers, never on numbers in the clear.
 */

export type BindingRole = 'representative' | 'agent';

/** Why a binding is refused, by the rule that refuses it (in the order they are checked). */
export type BindingRefusal =
  'REAL_NAME_REQUIRED' | 'ENTITY_NOT_FOUND' | 'ENTITY_NOT_ACTIVE' | 'NOT_LEGAL_REPRESENTATIVE';

/**
 * The binding rule: as whom `personIndex` (the account's verified ID number's blind index, if any) may bind
 * `entity` (if the registry has it), given whether the representative recorded that person as an agent.
 */
export function bindingRoleFor(
  personIndex: string | undefined,
  entity: Pick<EntityParties, 'status' | 'legalRepIndex'> | undefined,
  isAgent: boolean,
): BindingRole | BindingRefusal {
  if (!personIndex) return 'REAL_NAME_REQUIRED';
  if (!entity) return 'ENTITY_NOT_FOUND';
  if (entity.status !== 'active') return 'ENTITY_NOT_ACTIVE';
  if (entity.legalRepIndex !== '' && entity.legalRepIndex === personIndex) return 'representative';
  return isAgent ? 'agent' : 'NOT_LEGAL_REPRESENTATIVE';
}

const refusals: Record<BindingRefusal, () => AppError> = {
  REAL_NAME_REQUIRED: () =>
    new AppError(422, 'REAL_NAME_REQUIRED', 'Bind a real-name-verified ID number to your profile first'),
  ENTITY_NOT_FOUND: () =>
    new AppError(404, 'ENTITY_NOT_FOUND', 'The registry of legal entities has no entity with this credit code'),
  ENTITY_NOT_ACTIVE: () => conflict('ENTITY_NOT_ACTIVE', 'The entity is revoked or cancelled'),
  NOT_LEGAL_REPRESENTATIVE: () =>
    new AppError(
      403,
      'NOT_LEGAL_REPRESENTATIVE',
      'You are neither the legal representative of this entity nor an agent the representative authorised',
    ),
};

const isRefusal = (outcome: BindingRole | BindingRefusal): outcome is BindingRefusal => outcome in refusals;

/**
 * An agent's id in the binding view: 16 characters of a SHA-256 of the blind index, so the representative
 * can name an agent to withdraw without the index (or the number) leaving the server.
 */
export const agentIdOf = (agentIndex: string): string =>
  createHash('sha256').update(agentIndex).digest('base64url').slice(0, 16);

/**
 * The caller's binding, and the entity's agents when the caller is its representative. An agent's binding
 * holds only while the representative's authorisation does: once withdrawn, the binding is ended here.
 */
export async function readEntityBinding(principal: Pick<Principal, 'sub'>): Promise<EntityBindingView> {
  const binding = await store.getEntityBinding(principal.sub);
  if (!binding) return { binding: null, agents: [] };
  if (binding.role === 'agent' && !(await store.isEntityAgent(binding.creditCode, binding.personIndex))) {
    await store.deleteEntityBindingOf(principal.sub, binding.creditCode);
    return { binding: null, agents: [] };
  }
  const agents = binding.role === 'representative' ? await store.listEntityAgents(binding.creditCode) : [];
  const { creditCode, entityName, role, boundAt } = binding;
  return {
    binding: { creditCode, entityName, role, boundAt },
    agents: agents.map((a) => ({
      agentId: agentIdOf(a.agentIndex),
      idNumberMasked: a.idNumberMasked,
      addedAt: a.addedAt,
    })),
  };
}

/** The caller's binding, refused unless the registry still names the caller the entity's representative. */
async function representedBinding(principal: Principal) {
  const binding = await store.getEntityBinding(principal.sub);
  const [personIndex, entity] = await Promise.all([
    verifiedResidentIndex(principal),
    binding ? entityParties(binding.creditCode) : undefined,
  ]);
  if (!binding || bindingRoleFor(personIndex, entity, false) !== 'representative') {
    throw refusals.NOT_LEGAL_REPRESENTATIVE();
  }
  return binding;
}

/**
 * Binds the caller's account to an entity (replacing an earlier binding). 422 REAL_NAME_REQUIRED, 404
 * ENTITY_NOT_FOUND, 409 ENTITY_NOT_ACTIVE, 403 NOT_LEGAL_REPRESENTATIVE.
 */
export async function bindEntity(principal: Principal, input: EntityBindingInput): Promise<EntityBindingView> {
  const [personIndex, entity] = await Promise.all([verifiedResidentIndex(principal), entityParties(input.creditCode)]);
  const isAgent = personIndex && entity ? await store.isEntityAgent(entity.creditCode, personIndex) : false;
  const outcome = bindingRoleFor(personIndex, entity, isAgent);
  if (isRefusal(outcome)) throw refusals[outcome]();
  await store.putEntityBinding(principal.sub, {
    creditCode: entity!.creditCode,
    entityName: entity!.name,
    role: outcome,
    personIndex: personIndex!,
    boundAt: nowIso(),
  });
  return readEntityBinding(principal);
}

/**
 * The representative authorises an agent by ID number for the entity their account is bound to; the
 * representative must still be the one the registry names. 403 NOT_LEGAL_REPRESENTATIVE otherwise, 400
 * INVALID_INPUT for an invalid number. Adding the same agent twice changes nothing but the date.
 */
export async function addEntityAgent(principal: Principal, input: EntityAgentInput): Promise<EntityBindingView> {
  const binding = await representedBinding(principal);
  await store.putEntityAgent(binding.creditCode, {
    agentIndex: await residentIdBlindIndex(input.idNumber),
    idNumberMasked: maskResidentId(input.idNumber),
    addedBy: principal.sub,
    addedAt: nowIso(),
  });
  return readEntityBinding(principal);
}

/**
 * The representative withdraws an agent's authorisation by the id the binding view shows. The agent's own
 * binding ends with it (at the agent's next read of it; a new binding as agent is refused at once).
 * 403 NOT_LEGAL_REPRESENTATIVE, 404 NOT_FOUND. Returns the view and the withdrawn agent's masked number.
 */
export async function removeEntityAgent(
  principal: Principal,
  agentId: string,
): Promise<{ view: EntityBindingView; creditCode: string }> {
  const binding = await representedBinding(principal);
  const agent = (await store.listEntityAgents(binding.creditCode)).find((a) => agentIdOf(a.agentIndex) === agentId);
  if (!agent) throw notFound('An authorised agent with this id');
  await store.deleteEntityAgent(binding.creditCode, agent.agentIndex);
  return { view: await readEntityBinding(principal), creditCode: binding.creditCode };
}
