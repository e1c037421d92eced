'use server';

import { revalidatePath } from 'next/cache';
import { isApiError } from '@/lib/api';
import { gridApi } from '@/lib/grid-api';
import { photoRefusalOf, postedPhotos, uploadPhotos, type PhotoRefusal } from '@/components/grid-photo-uploads';

export interface EventActionState {
  status: 'idle' | 'refused' | 'done';
  /** A StaffGrid.message.* key. */
  message?: 'noteRequired' | 'stale' | 'notOpen' | 'generic';
  /** The action that was taken (StaffGrid.done.*). */
  action?: string;
  note?: string;
  /** A photo of the result that could not be sent (nothing was recorded; choose the photos again). */
  photo?: PhotoRefusal;
}

const actions = ['register', 'decline', 'dispatch', 'handle', 'verify', 'return'] as const;
const needsNote: readonly string[] = ['decline', 'handle', 'return'];

/**
 * Takes one step of the loop on the event (the button pressed names it); the page shows the event after it. The
 * handling (处置) carries the department's photos of the result, uploaded through the documents' checked path.
 */
export async function actOnEvent(_previous: EventActionState, data: FormData): Promise<EventActionState> {
  const eventId = String(data.get('eventId') ?? '');
  const action = String(data.get('action') ?? '');
  const note = String(data.get('note') ?? '').trim();
  const department = String(data.get('department') ?? '');
  const version = Number(data.get('version'));
  if (!(actions as readonly string[]).includes(action)) return { status: 'refused', message: 'generic', note };
  if (needsNote.includes(action) && note.length < 2) return { status: 'refused', message: 'noteRequired', note };
  const files = action === 'handle' ? postedPhotos(data) : [];
  const uploaded = await uploadPhotos(files);
  if (!uploaded.ok) return { status: 'refused', photo: uploaded.refusal, note };
  try {
    await gridApi.act(eventId, {
      action,
      version,
      ...(note ? { note } : {}),
      ...(action === 'dispatch' && department ? { department } : {}),
      ...(uploaded.documentIds.length > 0 ? { photos: uploaded.documentIds } : {}),
    });
  } catch (error) {
    const photo = photoRefusalOf(error, files);
    if (photo) return { status: 'refused', photo, note };
    if (isApiError(error, 409)) {
      return { status: 'refused', message: error.code === 'GRID_EVENT_STALE' ? 'stale' : 'notOpen', note };
    }
    if (isApiError(error, 400)) return { status: 'refused', message: 'noteRequired', note };
    console.error(JSON.stringify({ level: 'ERROR', action: 'grid.act', error: String(error) }));
    return { status: 'refused', message: 'generic', note };
  }
  revalidatePath(`/staff/grid/${eventId}`);
  return { status: 'done', action };
}
