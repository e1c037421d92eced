import { useLocale, useTranslations } from 'next-intl';
import { inLocale, termName } from '@/lib/catalog-terms';
import type { Letter } from '@/lib/letters-api';
import { CalendarDay, DateTime } from './date-time';

/** A letter as its writer (or staff) reads it: what was asked, each answer, the ratings and the history. */
export function LetterExchangeView({ letter }: { letter: Letter }) {
  const t = useTranslations('Mailbox');
  const a = useTranslations('MailboxAttachments');
  const locale = useLocale();
  return (
    <>
      <dl className="details" data-testid="letter-details">
        <dt>{t('letterNumber')}</dt>
        <dd>{letter.letterNumber}</dd>
        <dt>{t('type')}</dt>
        <dd>{t(`types.${letter.type}`)}</dd>
        <dt>{t('status')}</dt>
        <dd data-testid="letter-status">{t(`statuses.${letter.status}`)}</dd>
        <dt>{t('department')}</dt>
        <dd data-testid="letter-department">{termName('department', letter.department, locale)}</dd>
        {letter.item ? (
          <>
            <dt>{t('item')}</dt>
            <dd>{inLocale(letter.item.name, locale)}</dd>
          </>
        ) : null}
        <dt>{t('dueDate')}</dt>
        <dd>
          <CalendarDay value={letter.dueDate} />
        </dd>
        {letter.writerMasked.name ? (
          <>
            <dt>{t('name')}</dt>
            <dd>{letter.writerMasked.name}</dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="letter-body-title">
        <h2 id="letter-body-title">{letter.subject}</h2>
        <p className="prewrap">{letter.body}</p>
      </section>
      {letter.attachments.length > 0 ? (
        <section aria-labelledby="letter-attachments-title">
          <h2 id="letter-attachments-title">{a('title')}</h2>
          <ul data-testid="letter-attachments">
            {letter.attachments.map((file) => (
              <li key={file.documentId}>
                {file.downloadUrl ? (
                  <a href={file.downloadUrl} aria-label={a('download', { fileName: file.fileName })} download>
                    {file.fileName}
                  </a>
                ) : (
                  a('unavailable', { fileName: file.fileName })
                )}{' '}
                <span className="muted">({Math.max(1, Math.round(file.size / 1024))} KB)</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {letter.answers.map((answer) => (
        <section
          key={answer.round}
          aria-labelledby={`answer-${answer.round}`}
          className="panel"
          data-testid="letter-answer"
        >
          <h2 id={`answer-${answer.round}`}>{answer.round === 1 ? t('answer') : t('answerAgain')}</h2>
          <p className="prewrap">{answer.text}</p>
          <p className="muted">
            <DateTime value={answer.answeredAt} />
          </p>
        </section>
      ))}
      <h2>{t('history')}</h2>
      <ol data-testid="letter-history">
        {letter.history.map((event, index) => (
          <li key={index}>
            <DateTime value={event.at} /> {t(`events.${event.event}` as 'events.written')}
            {event.event === 'rerouted' && event.from && event.department
              ? t('reroutedFromTo', {
                  from: termName('department', event.from, locale),
                  to: termName('department', event.department, locale),
                })
              : ''}
            {event.reason ? `：${event.reason}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
