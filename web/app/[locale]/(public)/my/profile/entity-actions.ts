'use server';

import { refresh } from 'next/cache';
import { api } from '@/lib/api';
import { apiErrorText } from '@/lib/api-error-text';

export interface EntityFormState {
  status: 'idle' | 'done' | 'refused';
  /** The API's refusal in the reader's language. */
  message?: string;
  /** What was typed, to refill the field after a refusal. */
  value?: string;
}

const creditCodePattern = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;

/** Binds the account to an entity by credit code; the API checks that the caller represents it. */
export async function bindEntity(_previous: EntityFormState, data: FormData): Promise<EntityFormState> {
  const value = String(data.get('creditCode') ?? '')
    .trim()
    .toUpperCase();
  if (!creditCodePattern.test(value)) return { status: 'refused', value };
  try {
    await api.bindEntity(value);
  } catch (error) {
    return { status: 'refused', message: await apiErrorText(error), value };
  }
  refresh();
  return { status: 'done' };
}

/** The representative authorises an agent by ID number. */
export async function addEntityAgent(_previous: EntityFormState, data: FormData): Promise<EntityFormState> {
  const value = String(data.get('agentIdNumber') ?? '')
    .trim()
    .toUpperCase();
  try {
    await api.addEntityAgent(value);
  } catch (error) {
    return { status: 'refused', message: await apiErrorText(error), value };
  }
  refresh();
  return { status: 'done' };
}

/** The representative withdraws an agent's authorisation (the agent's binding ends with it). */
export async function removeEntityAgent(_previous: EntityFormState, data: FormData): Promise<EntityFormState> {
  const agentId = String(data.get('agentId') ?? '');
  try {
    await api.removeEntityAgent(agentId);
  } catch (error) {
    return { status: 'refused', message: await apiErrorText(error) };
  }
  refresh();
  return { status: 'done' };
}
