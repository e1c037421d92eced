import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { requireSession } from '@/lib/guards';
import { lettersApi } from '@/lib/letters-api';
import { hasAnyRole, publicRoles } from '@/lib/roles';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Mailbox'))('myTitle') };
}

/** My letters to the district mailbox, newest first. */
export default async function MyLettersPage() {
  const session = await requireSession('/my/letters');
  const t = await getTranslations('Mailbox');
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess />;
  const letters = await lettersApi.listMine();
  return (
    <>
      <h1>{t('myTitle')}</h1>
      <p>
        <Link href="/mailbox/write">{t('writeLink')}</Link>
      </p>
      {letters.length === 0 ? (
        <p>{t('myEmpty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="my-letters-caption">
          <table className="table" data-testid="my-letters">
            <caption id="my-letters-caption" className="visually-hidden">
              {t('myTitle')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('letterNumber')}</th>
                <th scope="col">{t('subject')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('writtenAt')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => (
                <tr key={letter.letterId} data-letter-number={letter.letterNumber}>
                  <th scope="row">
                    <Link href={`/my/letters/${encodeURIComponent(letter.letterId)}`}>{letter.letterNumber}</Link>
                  </th>
                  <td>{letter.subject}</td>
                  <td>{t(`statuses.${letter.status}` as 'statuses.answered')}</td>
                  <td>
                    <DateTime value={letter.writtenAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
