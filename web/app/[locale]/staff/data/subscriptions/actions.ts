'use server';

import { revalidatePath } from 'next/cache';
import { isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { dataApi } from '@/lib/data-api';

/** A new subscription's signing secret, shown once (never stored by the portal). */
export interface IssuedSecret {
  subscriptionId: string;
  signingSecret: string;
  signatureHeader: string;
}

type Field = 'resourceId' | 'kind' | 'webhookUrl';
const formFields: readonly string[] = ['resourceId', 'kind', 'webhookUrl'] satisfies Field[];

export type SubscriptionKind = 'webhook' | 'queue';

export interface SubscriptionFormState {
  /** `issued`: a webhook's signing secret to show; `queued`: a queue subscription made (no secret). */
  status: 'idle' | 'refused' | 'issued' | 'queued' | 'ended';
  invalid?: Field[];
  /** A DataSubscriptions.message.* key. */
  message?: 'notGranted' | 'notOnline' | 'forbidden' | 'stale' | 'generic';
  values?: { resourceId: string; kind: SubscriptionKind; webhookUrl: string };
  issued?: IssuedSecret;
  /** The queue subscription made. */
  queued?: string;
}

const path = '/staff/data/subscriptions';

function refusal(error: unknown, action: string): SubscriptionFormState {
  if (isApiError(error, 403) && error.code !== 'FORBIDDEN') return { status: 'refused', message: 'notGranted' };
  if (isApiError(error, 409)) return { status: 'refused', message: 'notOnline' };
  if (isApiError(error, 404)) return { status: 'refused', message: 'stale' };
  if (isApiError(error, 401) || isApiError(error, 403)) return { status: 'refused', message: 'forbidden' };
  console.error(JSON.stringify({ level: 'ERROR', action, error: String(error) }));
  return { status: 'refused', message: 'generic' };
}

/**
 * Subscribes my department's webhook, or a queue its system reads, to a granted resource (POST
 * /api/data/subscriptions); a webhook's secret shows once.
 */
export async function subscribe(_previous: SubscriptionFormState, data: FormData): Promise<SubscriptionFormState> {
  const kind: SubscriptionKind = data.get('kind') === 'queue' ? 'queue' : 'webhook';
  const values = {
    resourceId: String(data.get('resourceId') ?? '').trim(),
    kind,
    webhookUrl: String(data.get('webhookUrl') ?? '').trim(),
  };
  try {
    const input =
      kind === 'queue'
        ? { resourceId: values.resourceId, kind }
        : { resourceId: values.resourceId, kind, webhookUrl: values.webhookUrl };
    const { subscription, signingSecret, signatureHeader } = await dataApi.createSubscription(input);
    revalidatePath(path);
    if (kind === 'queue') return { status: 'queued', queued: subscription.subscriptionId };
    if (!signingSecret || !signatureHeader) throw new Error('a webhook subscription answered no signing secret');
    return {
      status: 'issued',
      issued: { subscriptionId: subscription.subscriptionId, signingSecret, signatureHeader },
    };
  } catch (error) {
    if (isApiError(error, 400)) {
      const fields = fieldErrorsSchema.safeParse(error.details);
      const invalid = (fields.success ? fields.data.fields.map((f) => f.field) : []).filter((f): f is Field =>
        formFields.includes(f),
      );
      return { status: 'refused', invalid: invalid.length > 0 ? invalid : ['resourceId', 'webhookUrl'], values };
    }
    return { ...refusal(error, 'data-sharing.createSubscription'), values };
  }
}

/** Ends a subscription: no event goes to its webhook from then on. */
export async function unsubscribe(_previous: SubscriptionFormState, data: FormData): Promise<SubscriptionFormState> {
  try {
    await dataApi.deleteSubscription(String(data.get('subscriptionId') ?? ''));
  } catch (error) {
    return refusal(error, 'data-sharing.deleteSubscription');
  }
  revalidatePath(path);
  return { status: 'ended' };
}
