import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type { JointProgress } from '@/lib/api-schemas';
import { termName } from '@/lib/catalog-terms';

const statuses = ['reviewing', 'agree', 'agree_with_conditions', 'refuse', 'request_correction', 'no_opinion'] as const;
type Status = (typeof statuses)[number];
const isStatus = (value: string): value is Status => (statuses as readonly string[]).includes(value);

/**
 * 联合审批: each department's progress on a case reviewed by several in parallel, the lead first. Staff
 * see who gave each opinion and its comment; the applicant sees the reasons meant for them (the API
 * leaves the rest out).
 */
export async function JointReviewProgress({ progress }: { progress: JointProgress }) {
  const [t, locale] = await Promise.all([getTranslations('JointReview'), getLocale()]);
  return (
    <>
      <p>{t('intro', { lead: termName('department', progress.lead, locale), count: progress.departments.length })}</p>
      <ol className="plain-list opinions" data-testid="joint-review">
        {progress.departments.map((d) => (
          <li key={d.department} data-department={d.department} data-status={d.status}>
            <h3>
              {termName('department', d.department, locale)}
              {d.lead ? <span className="muted"> · {t('lead')}</span> : null}
            </h3>
            <dl className="details">
              <dt>{t('status')}</dt>
              <dd>{isStatus(d.status) ? t(`statuses.${d.status}`) : d.status}</dd>
              {d.comment ? (
                <>
                  <dt>{t('comment')}</dt>
                  <dd className="preserve-lines">{d.comment}</dd>
                </>
              ) : null}
              {d.decidedBy ? (
                <>
                  <dt>{t('officer')}</dt>
                  <dd>{d.decidedBy === 'system' ? t('system') : d.decidedBy}</dd>
                </>
              ) : null}
              {d.decidedAt ? (
                <>
                  <dt>{t('decidedAt')}</dt>
                  <dd>
                    <DateTime value={d.decidedAt} />
                  </dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ol>
    </>
  );
}
