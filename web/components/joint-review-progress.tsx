import { getLocale, getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/date-time';
import type { JointProgress } from '@/lib/api-schemas';
import { termName } from '@/lib/catalog-terms';
import { programByCode } from '../../functions/src/relief/programs';

const statuses = ['reviewing', 'agree', 'agree_with_conditions', 'refuse', 'request_correction', 'no_opinion'] as const;
type Status = (typeof statuses)[number];
const isStatus = (value: string): value is Status => (statuses as readonly string[]).includes(value);

/**
 * 联合审批: each department's progress on a case reviewed by several in parallel, the lead first. Staff
 * see who gave each opinion and its comment; the applicant sees the reasons meant for them (the API
 * leaves the rest out).
 */
export async function JointReviewProgress({ progress }: { progress: JointProgress }) {
  const [t, relief, locale] = await Promise.all([
    getTranslations('JointReview'),
    getTranslations('Relief'),
    getLocale(),
  ]);
  // 综合救助: one branch per relief program, each with its own outcome, named by the program.
  const programs = progress.departments.some((d) => d.program);
  const programName = (code: string) => {
    const program = programByCode(code);
    return program ? (locale === 'en' ? program.name.en : program.name.zh) : code;
  };
  const statusText = (status: string) =>
    !isStatus(status) ? status : programs ? relief(`outcomes.${status}`) : t(`statuses.${status}`);
  return (
    <>
      <p>
        {programs
          ? relief('progressIntro', { count: progress.departments.length })
          : t('intro', { lead: termName('department', progress.lead, locale), count: progress.departments.length })}
      </p>
      <ol className="plain-list opinions" data-testid="joint-review">
        {progress.departments.map((d) => (
          <li
            key={`${d.department}/${d.program ?? ''}`}
            data-department={d.department}
            {...(d.program ? { 'data-program': d.program } : {})}
            data-status={d.status}
          >
            <h3>
              {d.program ? programName(d.program) : termName('department', d.department, locale)}
              {d.program ? <span className="muted"> · {termName('department', d.department, locale)}</span> : null}
              {d.lead && !d.program ? <span className="muted"> · {t('lead')}</span> : null}
            </h3>
            <dl className="details">
              <dt>{t('status')}</dt>
              <dd>{statusText(d.status)}</dd>
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
