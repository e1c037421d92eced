import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { api } from '@/lib/api';
import { requireSession } from '@/lib/guards';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Outbox'))('title') };
}

export default async function OutboxPage() {
  const session = await requireSession('/staff/outbox');
  const t = await getTranslations('Outbox');
  if (!session.roles.includes('admin')) return <NoAccess text={t('adminsOnly')} />;
  const messages = await api.listOutbox();
  return (
    <>
      <h1>{t('title')}</h1>
      {messages.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="outbox">
            <thead>
              <tr>
                <th scope="col">{t('sentAt')}</th>
                <th scope="col">{t('channel')}</th>
                <th scope="col">{t('to')}</th>
                <th scope="col">{t('subject')}</th>
                <th scope="col">{t('body')}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id}>
                  <td>
                    <DateTime value={message.sentAt} />
                  </td>
                  <td>{t(message.channel)}</td>
                  <td>{message.to}</td>
                  <td>{message.subject ?? '—'}</td>
                  <td className="preserve-lines">{message.body}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
