import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { isApiError } from '@/lib/api';
import { requireSession } from '@/lib/guards';
import { officialDocumentsApi } from '@/lib/official-documents-api';
import { departmentByCode } from '../../../../../../functions/src/catalog/taxonomy';
import { rolesOf } from '../../_lib/staff-roles';
import { actOnDocument } from '../actions';
import { ActionOutcome } from '../action-outcome';
import { DocumentFields } from '../document-fields';
import { DecideForm, ProposeForm, ReadForm } from '../receipt-forms';
import { ReceiptHandling } from '../receipt-handling';
import { StepForm } from '../step-form';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('OfficialDocuments'))('title') };
}

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ done?: string; error?: string; problems?: string }>;

/**
 * One official document: its content (the number once signed), what the caller may do now (revise and submit,
 * review, sign; for a receiving department register, propose, decide, complete, read or close — 收文), its
 * receipts (with the caller's department's handling and read tracking), versions and history.
 */
export default async function OfficialDocumentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const { id } = await params;
  const session = await requireSession(`/staff/official-documents/${id}`);
  const [t, locale] = await Promise.all([getTranslations('OfficialDocuments'), getLocale()]);
  if (!session.roles.some((r) => rolesOf('official-documents.get').includes(r))) {
    return <NoAccess text={t('noDepartment')} />;
  }
  if (!/^[0-9a-z-]{4,40}$/.test(id)) notFound();
  let doc;
  try {
    doc = await officialDocumentsApi.get(id);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
  const query = await searchParams;
  const name = (code: string) => {
    const d = departmentByCode(code);
    return d ? (locale === 'en' ? d.name.en : d.name.zh) : code;
  };
  const can = (action: string) => (doc.actions as readonly string[]).includes(action);
  const ownReceipt = doc.receipts.find((r) => r.department === session.department);
  return (
    <>
      <p>
        <Link href="/staff/official-documents">{t('back')}</Link>
      </p>
      <article className="panel" aria-labelledby="document-title" data-testid="document">
        <p className="muted">
          {name(doc.department)} · {t(`type.${doc.type}`)} · {t(`urgency.${doc.urgency}`)} ·{' '}
          {t(`security.${doc.security}`)}
        </p>
        <h1 id="document-title">{doc.title}</h1>
        <dl className="details">
          <dt>{t('number')}</dt>
          <dd data-testid="document-number">{doc.number ?? '—'}</dd>
          <dt>{t('statusLabel')}</dt>
          <dd data-testid="document-status">{t(`status.${doc.status}`)}</dd>
          <dt>{t('fields.mainRecipients')}</dt>
          <dd>{doc.mainRecipients.map(name).join('、')}</dd>
          <dt>{t('fields.copyRecipients')}</dt>
          <dd>{doc.copyRecipients.length > 0 ? doc.copyRecipients.map(name).join('、') : '—'}</dd>
          <dt>{t('drafter')}</dt>
          <dd>{doc.drafter}</dd>
          {doc.signedAt ? (
            <>
              <dt>{t('signedAt')}</dt>
              <dd>
                <DateTime value={doc.signedAt} /> · {doc.signedBy}
              </dd>
              <dt>{t('contentHash')}</dt>
              <dd className="hash" data-testid="content-hash">
                <code>{doc.contentHash}</code>
              </dd>
              <dt>{t('pdf')}</dt>
              <dd>
                <a
                  href={`/official-document-papers/${encodeURIComponent(doc.id)}/document.pdf`}
                  target="_blank"
                  rel="noopener"
                  data-testid="document-pdf"
                >
                  {t('pdfLink', { number: doc.number ?? '' })}
                </a>
                <br />
                <span className="muted">{t('pdfHelp')}</span>
              </dd>
            </>
          ) : null}
        </dl>
        <p className="preserve-lines">{doc.body}</p>
      </article>

      <ActionOutcome done={query.done} error={query.error} problems={query.problems} />
      {doc.returned && doc.status === 'draft' ? (
        <div className="notice" role="note" data-testid="returned-opinion">
          {t('returnedBy', { by: doc.returned.by, opinion: doc.returned.opinion })}
        </div>
      ) : null}

      {can('submit') ? (
        <section aria-labelledby="revise-heading">
          <h2 id="revise-heading">{t('reviseHeading')}</h2>
          <form action={actOnDocument} className="form" data-testid="save-document-form">
            <input type="hidden" name="id" value={doc.id} />
            <input type="hidden" name="action" value="save" />
            <input type="hidden" name="version" value={doc.version} />
            <DocumentFields idPrefix="edit" value={doc} />
            <button type="submit" className="button-secondary">
              {t('saveVersion')}
            </button>
          </form>
          <form action={actOnDocument} className="form" data-testid="submit-document-form">
            <input type="hidden" name="id" value={doc.id} />
            <input type="hidden" name="action" value="submit" />
            <input type="hidden" name="version" value={doc.version} />
            <p>{t('submitHelp', { version: doc.version })}</p>
            <button type="submit" className="button">
              {t('submit')}
            </button>
          </form>
        </section>
      ) : null}
      {can('review') ? <StepForm id={doc.id} action="review" decisions={['approve', 'return']} /> : null}
      {can('sign') ? <StepForm id={doc.id} action="sign" decisions={['sign', 'return']} /> : null}
      {can('register') ? <StepForm id={doc.id} action="register" decisions={[]} optional /> : null}
      {can('propose') ? <ProposeForm id={doc.id} /> : null}
      {can('decide') ? (
        <DecideForm id={doc.id} {...(ownReceipt?.proposal ? { proposal: ownReceipt.proposal } : {})} />
      ) : null}
      {can('complete') ? <StepForm id={doc.id} action="complete" decisions={[]} /> : null}
      {can('read') ? <ReadForm id={doc.id} /> : null}
      {can('close') ? <StepForm id={doc.id} action="close" decisions={[]} /> : null}
      {ownReceipt ? <ReceiptHandling receipt={ownReceipt} /> : null}

      {doc.receipts.length > 0 ? (
        <>
          <h2>{t('receipts')}</h2>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="receipts-caption">
            <table className="table" data-testid="receipts">
              <caption id="receipts-caption" className="visually-hidden">
                {t('receipts')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('department')}</th>
                  <th scope="col">{t('recipientRole')}</th>
                  <th scope="col">{t('statusLabel')}</th>
                  <th scope="col">{t('opinion')}</th>
                </tr>
              </thead>
              <tbody>
                {doc.receipts.map((r) => (
                  <tr key={r.department} data-department={r.department}>
                    <th scope="row">{name(r.department)}</th>
                    <td data-label={t('recipientRole')}>{t(`recipient.${r.role}`)}</td>
                    <td data-label={t('statusLabel')}>{t(`receipt.${r.status}`)}</td>
                    <td data-label={t('opinion')}>{r.opinion ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      <h2>{t('history')}</h2>
      <ol className="timeline" data-testid="document-history">
        {doc.history.map((e, index) => (
          <li key={index}>
            <strong>{t(`event.${e.action}` as 'event.created')}</strong> · {e.by} · <DateTime value={e.at} />
            {e.opinion ? <p className="preserve-lines">{e.opinion}</p> : null}
          </li>
        ))}
      </ol>

      <h2>{t('versions')}</h2>
      <ul data-testid="document-versions">
        {doc.versions.map((v) => (
          <li key={v.version}>
            {t('versionLine', { version: v.version, by: v.by })} · <DateTime value={v.at} />
            {v.version === doc.signedVersion ? ` · ${t('signedVersion')}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
