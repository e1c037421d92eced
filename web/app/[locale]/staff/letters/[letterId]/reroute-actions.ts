'use server';

import { revalidatePath } from 'next/cache';
import { isApiError } from '@/lib/api';
import { lettersApi } from '@/lib/letters-api';

export interface RerouteState {
  status: 'idle' | 'refused' | 'done';
  /** A StaffLetter.reroute.message.* key. */
  message?: 'reasonTooShort' | 'pickDepartment' | 'sameDepartment' | 'alreadyAnswered' | 'claimedByOther' | 'generic';
  reason?: string;
}

/** Sends the letter to another department with a reason; its work item moves to that department's inbox. */
export async function rerouteLetter(_previous: RerouteState, data: FormData): Promise<RerouteState> {
  const letterId = String(data.get('letterId') ?? '');
  const department = String(data.get('department') ?? '');
  const reason = String(data.get('reason') ?? '').trim();
  if (!department) return { status: 'refused', message: 'pickDepartment', reason };
  if (reason.length < 5) return { status: 'refused', message: 'reasonTooShort', reason };
  try {
    await lettersApi.reroute(letterId, { department, reason });
  } catch (error) {
    if (isApiError(error, 409)) {
      const message =
        error.code === 'SAME_DEPARTMENT'
          ? 'sameDepartment'
          : error.code === 'CLAIMED_BY_OTHER'
            ? 'claimedByOther'
            : 'alreadyAnswered';
      return { status: 'refused', message, reason };
    }
    if (isApiError(error, 400)) return { status: 'refused', message: 'reasonTooShort', reason };
    console.error(JSON.stringify({ level: 'ERROR', action: 'letters.reroute', error: String(error) }));
    return { status: 'refused', message: 'generic', reason };
  }
  revalidatePath(`/staff/letters/${letterId}`);
  return { status: 'done' };
}
