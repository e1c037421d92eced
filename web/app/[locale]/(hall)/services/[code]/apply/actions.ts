'use server';

import { api } from '@/lib/api';
import { newCaseSchema, reliefApplicationSchema } from '@/lib/api-schemas';
import { answersFromFormData, editedFrom, formProblems, type EditedAnswers } from '@/components/application-answers';
import {
  materialsOfPost,
  refusalOf,
  type FormRefusal,
  type MaterialProblem,
  type PostedUploads,
} from '@/components/application-submission';

const itemCodePattern = /^\d{6}-[A-Z]{2}-\d{4}$/;

export type Pickup = { method: 'download' } | { method: 'station'; street: string };

export interface ApplyState extends Partial<FormRefusal> {
  status: 'idle' | 'refused' | 'draftSaved' | 'success';
  /** What was posted, to refill the form when the browser runs no script. */
  answers?: EditedAnswers;
  uploads?: PostedUploads;
  pickup?: { method: 'download' | 'station'; street: string };
  pickupProblem?: 'stationRequired';
  /** The draft as it now stands on the server. */
  draft?: { version: number; updatedAt: string };
  caseId?: string;
  caseNumber?: string;
}

function pickupOf(data: FormData): { method: 'download' | 'station'; street: string } {
  const street = String(data.get('street') ?? '');
  return { method: data.get('pickup') === 'station' ? 'station' : 'download', street };
}

function draftOf(data: FormData): ApplyState['draft'] {
  const version = Number(data.get('draftVersion'));
  const updatedAt = String(data.get('draftSavedAt') ?? '');
  return Number.isInteger(version) && version > 0 && updatedAt ? { version, updatedAt } : undefined;
}

/** 综合救助 (/relief): the household and the programs chosen before the relief item's form, if posted. */
function reliefOf(data: FormData) {
  const posted = data.get('relief');
  if (typeof posted !== 'string' || posted === '') return undefined;
  const parsed = reliefApplicationSchema.pick({ household: true, programs: true }).safeParse(JSON.parse(posted));
  return parsed.success ? parsed.data : undefined;
}

/**
 * The application form's one action: "save draft" (PUT the draft, required fields may be empty) or
 * "submit" (POST the case with the form's submission token). Checks what it can before calling the API,
 * with the same rules the API runs, and maps the API's refusals back to fields and materials.
 */
export async function applyForService(_previous: ApplyState, data: FormData): Promise<ApplyState> {
  const itemCode = String(data.get('itemCode') ?? '');
  if (!itemCodePattern.test(itemCode)) return { status: 'refused', message: 'generic' };
  const draftIntent = data.get('intent') === 'draft';
  const scripted = data.get('js') === '1';
  const pickup = pickupOf(data);
  const draft = draftOf(data);

  let guide;
  try {
    guide = await api.getApplicationGuide(itemCode);
  } catch (error) {
    return { status: 'refused', ...refusalOf(error, [], 'services.get') };
  }
  const answers = answersFromFormData(guide.form, data);
  const echo = { answers: editedFrom(answers), pickup, ...(draft ? { draft } : {}) };

  if (draftIntent) {
    const problems = formProblems(guide.form, answers, { complete: false });
    if (problems.length > 0) return { status: 'refused', message: 'invalid', problems, ...echo };
    try {
      const saved = await api.saveFormDraft(itemCode, { answers, version: draft?.version ?? 0 });
      return {
        status: 'draftSaved',
        ...echo,
        answers: editedFrom(saved.answers),
        draft: { version: saved.version, updatedAt: saved.updatedAt },
      };
    } catch (error) {
      return { status: 'refused', ...refusalOf(error, [], 'forms.putDraft'), ...echo };
    }
  }

  const materials = await materialsOfPost(guide.materials.length, data, scripted);
  const withUploads = { ...echo, ...(scripted ? {} : { uploads: materials.uploads }) };
  const problems = formProblems(guide.form, answers, { complete: true });
  const materialProblems: Record<number, MaterialProblem> = {};
  guide.materials.forEach((material, index) => {
    if (material.required && !materials.send.some((m) => m.material === index)) materialProblems[index] = 'missing';
  });
  const stationMissing = pickup.method === 'station' && pickup.street === '';
  if (problems.length > 0 || Object.keys(materialProblems).length > 0 || stationMissing) {
    return {
      status: 'refused',
      message: 'invalid',
      problems,
      materialProblems,
      ...(stationMissing ? { pickupProblem: 'stationRequired' } : {}),
      ...withUploads,
    };
  }

  const input = newCaseSchema.safeParse({
    itemCode,
    answers,
    materials: materials.send,
    pickup: pickup.method === 'station' ? { method: 'station', street: pickup.street } : { method: 'download' },
    submissionToken: data.get('submissionToken'),
  });
  if (!input.success) return { status: 'refused', message: 'invalid', ...withUploads };
  try {
    const relief = reliefOf(data);
    const { itemCode: _item, ...application } = input.data;
    const created = relief ? await api.applyForRelief({ ...application, ...relief }) : await api.createCase(input.data);
    return { status: 'success', caseId: created.caseId, caseNumber: created.caseNumber };
  } catch (error) {
    return { status: 'refused', ...refusalOf(error, materials.send, 'cases.create'), ...withUploads };
  }
}
