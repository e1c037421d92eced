'use client';

import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { OutboxItem } from './use-report-outbox';

/**
 * The reports this device keeps or just sent: 待发送 (waiting for the network), 未能发送 (the server refused it:
 * discard it and report again), 已发送 (with the event number to follow). Changes are announced.
 */
export function ReportOutboxList({
  items,
  followBase,
  onDiscard,
}: {
  items: readonly OutboxItem[];
  followBase: string;
  onDiscard: (token: string) => void;
}) {
  const t = useTranslations('GridReport');
  return (
    <section aria-labelledby="outbox-title" hidden={items.length === 0} data-testid="report-outbox">
      <h2 id="outbox-title">{t('outboxTitle')}</h2>
      <ul className="plain-list" aria-live="polite">
        {items.map((item) => (
          <li key={item.token} data-state={item.state}>
            <strong>{t(`outboxStates.${item.state}`)}</strong> · {item.description.slice(0, 40)}
            {item.eventId ? (
              <>
                {' '}
                · <Link href={`${followBase}/${encodeURIComponent(item.eventId)}`}>{item.eventId}</Link>
              </>
            ) : null}
            {item.state === 'refused' ? (
              <>
                {' '}
                <button type="button" className="button button-secondary" onClick={() => onDiscard(item.token)}>
                  {t('outboxDiscard')}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
