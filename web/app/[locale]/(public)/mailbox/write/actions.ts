'use server';

import { isApiError } from '@/lib/api';
import { lettersApi, type LetterReceipt } from '@/lib/letters-api';
import { getSession } from '@/lib/session';
import { writeLetterInput } from '../../../../../../functions/src/letters/model';
import { attachmentRefusalOf, postedFiles, uploadAttachments, type AttachmentRefusal } from './attachments';

export interface WriteState {
  status: 'idle' | 'refused' | 'written';
  /** Fields the API's own schema refused (their messages are Mailbox.errors.<field>). */
  errors?: string[];
  message?: 'invalid' | 'generic' | 'ALREADY_RECEIVED';
  /** The letter number of an anonymous letter that was received already (sent twice). */
  letterNumber?: string;
  values?: Record<string, string>;
  receipt?: LetterReceipt;
  /** A file that could not be sent (the letter was not written; choose the files again). */
  attachment?: AttachmentRefusal;
}

const fields = ['type', 'topic', 'itemCode', 'subject', 'body', 'name', 'phone'] as const;

/**
 * Sends a letter: as the signed-in citizen's (theirs to follow under My letters), or anonymously (the receipt
 * shows a query code and password once). Checked with the API's schema first, so each field's error shows
 * beside it.
 */
export async function writeLetter(_previous: WriteState, data: FormData): Promise<WriteState> {
  const values = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '').trim()]));
  const input = {
    type: values.type,
    // About an item (from its guide), the topic may be left out: the item's department answers.
    ...(values.topic || !values.itemCode ? { topic: values.topic } : {}),
    ...(values.itemCode ? { itemCode: values.itemCode } : {}),
    subject: values.subject,
    body: values.body,
    publishConsent: data.get('publishConsent') === 'yes',
    submissionToken: String(data.get('submissionToken') ?? ''),
    ...(values.name ? { name: values.name } : {}),
    ...(values.phone ? { phone: values.phone } : {}),
  };
  const parsed = writeLetterInput.safeParse(input);
  if (!parsed.success) {
    const errors = [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
    return { status: 'refused', message: 'invalid', errors, values };
  }
  const session = await getSession();
  const signedIn = Boolean(session?.roles.some((r) => r === 'citizen' || r === 'enterprise'));
  const files = postedFiles(data);
  const uploaded = await uploadAttachments(files, signedIn, parsed.data.submissionToken);
  if (!uploaded.ok)
    return { status: 'refused', message: 'invalid', errors: ['attachments'], values, attachment: uploaded.refusal };
  const letter = { ...parsed.data, ...(uploaded.documentIds.length > 0 ? { attachments: uploaded.documentIds } : {}) };
  try {
    return { status: 'written', receipt: await lettersApi.write(letter, signedIn) };
  } catch (error) {
    const attachment = attachmentRefusalOf(error, files);
    if (attachment) return { status: 'refused', message: 'invalid', errors: ['attachments'], values, attachment };
    if (isApiError(error, 400)) return { status: 'refused', message: 'invalid', values };
    if (isApiError(error, 409) && error.code === 'ALREADY_RECEIVED') {
      const { letterNumber } = (error.details ?? {}) as { letterNumber?: string };
      return { status: 'refused', message: 'ALREADY_RECEIVED', values, ...(letterNumber ? { letterNumber } : {}) };
    }
    console.error(JSON.stringify({ level: 'ERROR', action: 'letters.write', error: String(error) }));
    return { status: 'refused', message: 'generic', values };
  }
}
