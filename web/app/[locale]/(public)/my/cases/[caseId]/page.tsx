import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Fragment, type ReactNode } from 'react';
import { editedFrom, formLanguage, type FormLanguage } from '@/components/application-answers';
import styles from '@/components/application-form.module.css';
import { CaseDeadline } from '@/components/case-deadline';
import { CaseProgress } from '@/components/case-progress';
import { DateTime } from '@/components/date-time';
import { JointReviewProgress } from '@/components/joint-review-progress';
import { NoAccess } from '@/components/no-access';
import { StatusBadge } from '@/components/status-badge';
import { ActorText } from '@/components/timeline-event';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import {
  acceptedContentTypes,
  caseStatuses,
  maxUploadBytes,
  type ApplicationGuide,
  type CitizenCase,
} from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';
import { formatFileSize } from '@/lib/file-size';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, publicRoles } from '@/lib/roles';
import { CorrectionForm } from './correction-form';
import { RatingForm } from './rating-form';

type Props = {
  params: Promise<{ caseId: string }>;
  searchParams: Promise<{ corrected?: string; rated?: string }>;
};

const finished: readonly CitizenCase['status'][] = ['completed', 'not_accepted', 'withdrawn'];
const decided = new Set(['approved', 'rejected']);
const isStatus = (value: string): value is CitizenCase['status'] => (caseStatuses as readonly string[]).includes(value);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('MyCase'))('metaTitle') };
}

/** The item's guide (for the form's labels and the materials), or undefined if it is no longer published. */
async function guideOf(code: string): Promise<ApplicationGuide | undefined> {
  try {
    return await api.getApplicationGuide(code);
  } catch (error) {
    if (isApiError(error, 404)) return undefined;
    throw error;
  }
}

const uploadLimits = { accepted: acceptedContentTypes, maxBytes: maxUploadBytes };

export default async function MyCasePage({ params, searchParams }: Props) {
  const [{ caseId }, query] = await Promise.all([params, searchParams]);
  const session = await requireSession(`/my/cases/${encodeURIComponent(caseId)}`);
  const [t, tl, tj, locale] = await Promise.all([
    getTranslations('MyCase'),
    getTranslations('Timeline'),
    getTranslations('JointReview'),
    getLocale(),
  ]);
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess />;
  let item: CitizenCase;
  try {
    item = await api.getMyCase(caseId);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 403) || isApiError(error, 400)) notFound();
    throw error;
  }
  const [guide, outlets] = await Promise.all([guideOf(item.itemCode), api.listOutlets({ type: 'street' })]);
  const language = formLanguage(locale);
  const papersHref = (paper: 'receipt' | 'result') => `/case-papers/${encodeURIComponent(item.caseId)}/${paper}.pdf`;
  const station =
    item.pickup.method === 'station'
      ? outlets.items.find((o) => o.code === `street-${(item.pickup as { street: string }).street}`)
      : undefined;

  return (
    <>
      <p>
        <Link href="/my/cases">{t('backToList')}</Link>
      </p>
      <h1>{t('title', { caseNumber: item.caseNumber })}</h1>
      <p className="case-heading">
        <span>{inLocale(item.itemName, locale)}</span> <StatusBadge status={item.status} />
      </p>
      {query.corrected ? (
        <p className="notice notice-success" role="status">
          {t('correctionSent')}
        </p>
      ) : null}
      {query.rated ? (
        <p className="notice notice-success" role="status">
          {t('ratingSent')}
        </p>
      ) : null}

      {item.status === 'needs_correction' ? (
        <Section id="correction" title={t('correctionTitle')}>
          <div className="notice notice-warning">
            <p>
              <strong>{t('correctionReason')}</strong>{' '}
              <span className="preserve-lines" data-testid="correction-reason">
                {item.correction?.reason || t('correctionNoReason')}
              </span>
            </p>
            {item.correction ? (
              <p>
                {t('correctionRequestedAt')} <DateTime value={item.correction.requestedAt} />
              </p>
            ) : null}
          </div>
          {guide ? (
            <CorrectionForm
              caseId={item.caseId}
              itemCode={item.itemCode}
              version={item.version}
              form={guide.form}
              materials={guide.materials}
              uploadLimits={uploadLimits}
              language={language}
              answers={editedFrom(item.answers ?? {})}
            />
          ) : (
            <p>{t('itemGone')}</p>
          )}
        </Section>
      ) : null}

      <Section id="overview" title={t('overview')}>
        <dl className="details">
          <dt>{t('caseNumber')}</dt>
          <dd>{item.caseNumber}</dd>
          <dt>{t('item')}</dt>
          <dd>
            <Link href={`/services/${item.itemCode}`}>{inLocale(item.itemName, locale)}</Link>
          </dd>
          <dt>{t('submittedAt')}</dt>
          <dd>
            <DateTime value={item.createdAt} />
          </dd>
          <dt>{t('pickup')}</dt>
          <dd>
            {item.pickup.method === 'download'
              ? t('pickupDownload')
              : t('pickupStation', { station: station ? inLocale(station.name, locale) : item.pickup.street })}
          </dd>
        </dl>
        <p className="actions">
          <a href={papersHref('receipt')} className="button button-secondary" data-testid="receipt-link">
            {item.clock.acceptedAt ? t('acceptanceNotice') : t('receipt')}
          </a>
          {item.result && decided.has(item.result.outcome) ? (
            <a href={papersHref('result')} className="button" data-testid="result-link">
              {t('resultPaper')}
            </a>
          ) : null}
        </p>
      </Section>

      {item.result ? (
        <Section id="result" title={t('result')}>
          <dl className="details">
            <dt>{t('outcome')}</dt>
            <dd>
              {isStatus(item.result.outcome) ? <StatusBadge status={item.result.outcome} /> : item.result.outcome}
            </dd>
            {item.result.comment ? (
              <>
                <dt>{t('comment')}</dt>
                <dd className="preserve-lines">{item.result.comment}</dd>
              </>
            ) : null}
            <dt>{t('decidedAt')}</dt>
            <dd>
              <DateTime value={item.result.decidedAt} />
            </dd>
            {decided.has(item.result.outcome) ? (
              <>
                <dt>{t('documentNumber')}</dt>
                <dd>{item.result.documentNumber}</dd>
              </>
            ) : null}
          </dl>
        </Section>
      ) : null}

      {item.jointReview ? (
        <Section id="joint-review" title={tj('heading')}>
          <JointReviewProgress progress={item.jointReview} />
        </Section>
      ) : null}

      {item.decisions.length > 0 ? (
        <Section id="opinions" title={tl('opinions')}>
          <ol className="plain-list" data-testid="case-opinions">
            {item.decisions.map((d) => (
              <li key={`${d.step}-${d.decidedAt}`}>
                <p>
                  <DateTime value={d.decidedAt} /> <ActorText actor={d.by} />
                </p>
                <p className="preserve-lines">
                  {tl('opinion')}
                  {d.comment || '—'}
                </p>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}

      <Section id="deadline" title={t('deadline')}>
        <CaseDeadline clock={item.clock} />
      </Section>

      <Section id="progress" title={t('progress')}>
        <CaseProgress entries={item.timeline} />
      </Section>

      <Section id="materials" title={t('materials')}>
        {item.materials.length === 0 && item.certificates.length === 0 ? (
          <p>{t('noMaterials')}</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="materials-heading">
            <table className="table" data-testid="case-materials">
              <caption className="visually-hidden">{t('materials')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('materialName')}</th>
                  <th scope="col">{t('fileName')}</th>
                  <th scope="col">{t('fileSize')}</th>
                </tr>
              </thead>
              <tbody>
                {[
                  ...item.materials.map((m) => ({
                    material: m.material,
                    row: (
                      <tr key={m.documentId}>
                        <th scope="row">{m.name[language]}</th>
                        <td>{m.fileName}</td>
                        <td>{formatFileSize(m.size, locale)}</td>
                      </tr>
                    ),
                  })),
                  ...item.certificates.map((c) => ({
                    material: c.material,
                    row: (
                      <tr key={`${c.material}-${c.certificateId}`} data-certificate-number={c.number}>
                        <th scope="row">{c.name[language]}</th>
                        <td>
                          {t('certificateGiven', { type: c.typeName[language] })}
                          <br />
                          {t('certificateNumber', { number: c.number })}
                          <br />
                          {t('certificateHolder', { holder: c.holderName })}
                        </td>
                        <td>{t('certificateNoFile')}</td>
                      </tr>
                    ),
                  })),
                ]
                  // In the guide's order of materials, however each was given.
                  .sort((a, b) => a.material - b.material)
                  .map((entry) => entry.row)}
              </tbody>
            </table>
          </div>
        )}
      </Section>

      <Section id="answers" title={t('answers')}>
        <Answers guide={guide} answers={item.answers ?? {}} language={language} yes={t('yes')} />
      </Section>

      {finished.includes(item.status) ? (
        <Section id="rating" title={t('rating')}>
          {item.rating ? (
            <p data-testid="rating">
              {t('ratedAs', { score: item.rating.score })}
              {item.rating.comment ? ` ${item.rating.comment}` : ''}
            </p>
          ) : (
            <RatingForm caseId={item.caseId} />
          )}
        </Section>
      ) : null}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

/** The answers as the form labels them (option labels for choices), read-only. */
function Answers({
  guide,
  answers,
  language,
  yes,
}: {
  guide: ApplicationGuide | undefined;
  answers: NonNullable<CitizenCase['answers']>;
  language: FormLanguage;
  yes: string;
}) {
  const fields = guide?.form.sections.flatMap((s) => s.fields) ?? [];
  const labelled = new Set(fields.map((f) => f.id));
  const rows = [
    ...fields
      .filter((f) => answers[f.id] !== undefined)
      .map((f) => {
        const value = answers[f.id]!;
        const shown =
          typeof value === 'boolean'
            ? value
              ? yes
              : '—'
            : (f.options?.find((o) => o.value === value)?.label[language] ?? String(value));
        return { id: f.id, label: f.label[language], value: shown };
      }),
    ...Object.entries(answers)
      .filter(([id]) => !labelled.has(id))
      .map(([id, value]) => ({ id, label: id, value: String(value) })),
  ];
  return (
    <dl className={`details ${styles.answers}`} data-testid="case-answers">
      {rows.map((row) => (
        <Fragment key={row.id}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
