'use server';

import { getLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getPathname } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { fieldErrorsSchema } from '@/lib/api-schemas';
import { officialDocumentsApi } from '@/lib/official-documents-api';
import type {
  CreateDocumentInput,
  DocumentActionInput,
  HandlingMode,
} from '../../../../../functions/src/official-documents/model';

/** What the draft form says; the API validates it (and names each bad field). */
function contentOf(formData: FormData): CreateDocumentInput {
  const text = (name: string) => String(formData.get(name) ?? '').trim();
  const list = (name: string) => formData.getAll(name).map(String) as CreateDocumentInput['mainRecipients'];
  return {
    title: text('title'),
    type: text('type') as CreateDocumentInput['type'],
    urgency: text('urgency') as CreateDocumentInput['urgency'],
    security: text('security') as CreateDocumentInput['security'],
    mainRecipients: list('mainRecipients'),
    copyRecipients: list('copyRecipients'),
    body: text('body'),
  };
}

async function go(pathname: string, query: Record<string, string>): Promise<never> {
  redirect(getPathname({ href: { pathname, query }, locale: await getLocale() }));
}

/** The API's refusal as query parameters: the code and each field with its message. */
function refusal(error: unknown): Record<string, string> {
  if (isApiError(error) && [400, 403, 404, 409].includes(error.status)) {
    const fields = fieldErrorsSchema.safeParse(error.details);
    const list = fields.success ? fields.data.fields.map((f) => `${f.field}: ${f.message}`) : [error.message];
    return { error: error.code, problems: list.join('\n').slice(0, 1500) };
  }
  if (isApiError(error, 401)) return { error: 'FORBIDDEN' };
  console.error(JSON.stringify({ level: 'ERROR', action: 'official-documents.act', error: String(error) }));
  return { error: 'GENERIC' };
}

/** Drafts a new document of the caller's department and opens it. */
export async function createDocument(formData: FormData): Promise<void> {
  let created: string | undefined;
  let outcome: Record<string, string> = {};
  try {
    created = (await officialDocumentsApi.create(contentOf(formData))).id;
  } catch (error) {
    outcome = refusal(error);
  }
  if (created) return go(`/staff/official-documents/${created}`, { done: 'created' });
  return go('/staff/official-documents/new', outcome);
}

/** What the step form asks for: the action, the decision its button carries, the opinion. */
function actionOf(formData: FormData): DocumentActionInput {
  const action = String(formData.get('action'));
  const version = Number(formData.get('version'));
  const opinion = String(formData.get('opinion') ?? '').trim();
  const decision = String(formData.get('decision') ?? '');
  switch (action) {
    case 'save':
      return { action, version, content: contentOf(formData) };
    case 'submit':
      return { action, version };
    case 'review':
      return { action, decision: decision as 'approve', opinion };
    case 'sign':
      return { action, decision: decision as 'sign', opinion };
    case 'register':
      return { action, ...(opinion ? { opinion } : {}) };
    case 'propose':
    case 'decide':
    case 'read':
    case 'close':
      return receiptActionOf(action, formData, { decision, opinion });
    default:
      return { action: 'complete', opinion };
  }
}

/** The readers a form names: usernames separated by commas, 、 or white space (none: undefined). */
function readersOf(formData: FormData): string[] | undefined {
  const list = String(formData.get('readers') ?? '')
    .split(/[\s,，、;；]+/)
    .filter(Boolean);
  return list.length > 0 ? list : undefined;
}

/** A received document's step (收文): the proposal, the head's decision (the mode only to change it), a reading. */
function receiptActionOf(
  action: 'propose' | 'decide' | 'read' | 'close',
  formData: FormData,
  { decision, opinion }: { decision: string; opinion: string },
): DocumentActionInput {
  const mode = String(formData.get('mode') ?? '') as HandlingMode;
  const readers = readersOf(formData);
  const named = readers ? { readers } : {};
  switch (action) {
    case 'propose':
      return { action, mode, ...named, proposal: String(formData.get('proposal') ?? '').trim() };
    case 'decide':
      return decision === 'change'
        ? { action, decision, mode, ...(mode === 'circulate' ? named : {}), opinion }
        : { action, decision: decision as 'agree', ...named, opinion };
    case 'read': {
      const remark = String(formData.get('remark') ?? '').trim();
      return { action, ...(remark ? { remark } : {}) };
    }
    case 'close':
      return { action, opinion };
  }
}

/** One step on a document; back to it with what happened. */
export async function actOnDocument(formData: FormData): Promise<void> {
  const id = String(formData.get('id'));
  let outcome: Record<string, string>;
  try {
    const input = actionOf(formData);
    await officialDocumentsApi.act(id, input);
    const decision = 'decision' in input ? input.decision : undefined;
    outcome = { done: decision === 'return' ? 'returned' : input.action };
  } catch (error) {
    outcome = refusal(error);
  }
  return go(`/staff/official-documents/${id}`, outcome);
}
