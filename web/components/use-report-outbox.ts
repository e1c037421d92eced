'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportState } from '@/app/[locale]/(hall)/report/actions';
import { dropReport, entryOf, formDataOf, keepReport, keptReports, type OutboxEntry } from './report-outbox';

/** What the page shows of a report kept on the device: waiting (待发送), refused, or sent (已发送) as an event. */
export interface OutboxItem {
  token: string;
  description: string;
  state: 'waiting' | 'refused' | 'sent';
  eventId?: string;
}

const itemOf = (entry: OutboxEntry): OutboxItem => ({
  token: entry.token,
  description: entry.fields.description ?? '',
  state: entry.refused ? 'refused' : 'waiting',
});

/**
 * The device's outbox of reports: `keep` stores one the network would not take; the kept ones are sent, oldest
 * token first, when the page opens and whenever the browser is back online — each with its own submission
 * token, so a report whose answer was lost is not written twice. One send at a time. Only the reports of `owner`
 * (the signed-in subject, from the server page) are shown and sent: never one made under another account.
 */
export function useReportOutbox(
  send: (previous: ReportState, data: FormData) => Promise<ReportState>,
  fieldNames: readonly string[],
  owner: string,
) {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const sending = useRef(false);

  const refresh = useCallback(
    async (sent: OutboxItem[] = []) => {
      const kept = (await keptReports(owner)).map(itemOf);
      setItems((current) => [...kept, ...current.filter((i) => i.state === 'sent'), ...sent]);
    },
    [owner],
  );

  const flush = useCallback(async () => {
    if (sending.current || !navigator.onLine) return;
    sending.current = true;
    const sent: OutboxItem[] = [];
    try {
      for (const entry of await keptReports(owner)) {
        if (entry.refused) continue;
        let result: ReportState;
        try {
          result = await send({ status: 'idle' }, formDataOf(entry));
        } catch {
          break; // still no network: the rest wait for the next `online`
        }
        if (result.status === 'reported' && result.event) {
          await dropReport(entry.token);
          sent.push({ ...itemOf(entry), state: 'sent', eventId: result.event.eventId });
        } else {
          await keepReport({ ...entry, refused: true });
        }
      }
    } finally {
      sending.current = false;
      await refresh(sent);
    }
  }, [send, refresh, owner]);

  useEffect(() => {
    void flush();
    const online = () => void flush();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [flush]);

  const keep = useCallback(
    async (data: FormData) => {
      await keepReport(entryOf(data, fieldNames, owner));
      await refresh();
    },
    [fieldNames, refresh, owner],
  );

  const discard = useCallback(
    async (token: string) => {
      await dropReport(token);
      await refresh();
    },
    [refresh],
  );

  return { items, keep, discard };
}
