import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type { OfficialDocumentView } from '../../../../../functions/src/official-documents/model';

type Receipt = OfficialDocumentView['receipts'][number];

/**
 * The caller's department's handling of a received document (收文): the clerk's proposal (拟办), the head's
 * decision (批办), a circulation's readers with when each read it (传阅), and the steps taken. The API gives
 * these to the receiving department only.
 */
export async function ReceiptHandling({ receipt }: { receipt: Receipt }) {
  const t = await getTranslations('OfficialDocuments');
  const { proposal, decision, reads, history } = receipt;
  if (!proposal && !history?.length) return null;
  return (
    <section aria-labelledby="handling-heading" data-testid="receipt-handling">
      <h2 id="handling-heading">{t('handling')}</h2>
      <dl className="details">
        {proposal ? (
          <>
            <dt>{t('proposalBy', { by: proposal.by })}</dt>
            <dd data-testid="receipt-proposal">
              {t(`mode.${proposal.mode}`)}
              {proposal.readers ? `：${proposal.readers.join('、')}` : ''}
              <p className="preserve-lines">{proposal.text}</p>
            </dd>
          </>
        ) : null}
        {decision ? (
          <>
            <dt>{t('decisionBy', { by: decision.by })}</dt>
            <dd data-testid="receipt-decision">
              {t(`receiptDecision.${decision.decision}`)} · {t(`mode.${decision.mode}`)}
              {decision.readers ? `：${decision.readers.join('、')}` : ''}
              <p className="preserve-lines">{decision.opinion}</p>
            </dd>
          </>
        ) : null}
      </dl>
      {reads?.length ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="reads-caption">
          <table className="table" data-testid="receipt-reads">
            <caption id="reads-caption">{t('reads')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reader')}</th>
                <th scope="col">{t('readAt')}</th>
                <th scope="col">{t('remark')}</th>
              </tr>
            </thead>
            <tbody>
              {reads.map((r) => (
                <tr key={r.reader} data-reader={r.reader}>
                  <th scope="row">{r.reader}</th>
                  <td data-label={t('readAt')}>{r.readAt ? <DateTime value={r.readAt} /> : t('notRead')}</td>
                  <td data-label={t('remark')}>{r.remark ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {history?.length ? (
        <>
          <h3>{t('receiptHistory')}</h3>
          <ol className="timeline" data-testid="receipt-history">
            {history.map((e, index) => (
              <li key={index}>
                <strong>{t(`event.${e.action}` as 'event.created')}</strong> · {e.by} · <DateTime value={e.at} />
                {e.opinion ? <p className="preserve-lines">{e.opinion}</p> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
