import { getTranslations } from 'next-intl/server';
import type {
  DepartmentOpinions,
  ProgramOutcomes,
  SupervisionJoint,
} from '../../../../../functions/src/supervision/joint-model';
import { inLocale } from '@/lib/catalog-terms';
import { BarChart } from './bar-chart';
import { FigureTiles, FiguresTable, type Figure, type FiguresRow } from './figures';

interface Props {
  joint: SupervisionJoint;
  locale: string;
  percent: (value: number | null) => string;
  number: (value: number | null, digits?: number) => string;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const outcomes = ['agree', 'agree_with_conditions', 'refuse', 'request_correction', 'no_opinion'] as const;

/**
 * Joint review in supervision (联合审批, issue 20 item 3): the joint cases filed in the period by stage; for each
 * reviewing department the opinions it was asked for, gave (by outcome) and still owes, and the working time it
 * took; the lead departments' decisions. The chart is an image named by its caption; the tables hold the figures.
 */
export async function JointSection({ joint, locale, percent, number }: Props) {
  const [t, review, staff] = await Promise.all([
    getTranslations('SupervisionJoint'),
    getTranslations('JointReview'),
    getTranslations('Staff'),
  ]);
  const sum = (pick: (d: DepartmentOpinions) => number) => joint.departments.reduce((n, d) => n + pick(d), 0);
  const asked = sum((d) => d.asked);
  const given = sum((d) => d.given);
  const decided = joint.leadDecisions.reduce((n, d) => n + d.decisions, 0);
  const figures: Figure[] = [
    { key: 'cases', value: number(joint.cases, 0), label: t('cases') },
    { key: 'asked', value: number(asked, 0), label: t('asked') },
    {
      key: 'given',
      value: number(given, 0),
      label: t('given'),
      note: t('givenOf', { given, asked }),
    },
    {
      key: 'open',
      value: number(
        sum((d) => d.open),
        0,
      ),
      label: t('open'),
    },
    {
      key: 'noOpinion',
      value: number(
        sum((d) => d.byOutcome.no_opinion),
        0,
      ),
      label: t('noOpinion'),
    },
    { key: 'decided', value: number(decided, 0), label: t('decided') },
    ...(joint.programs.length > 0
      ? [
          {
            key: 'programsGranted',
            value: number(
              joint.programs.reduce((n, p) => n + p.granted, 0),
              0,
            ),
            label: t('programsGranted'),
          },
        ]
      : []),
  ];
  const name = (d: DepartmentOpinions) => inLocale(d.name, locale);
  const time = (value: number | null, unit: 'days' | 'hours') =>
    value === null ? t('none') : t(unit, { value: number(value) });
  const opinionRow = (d: DepartmentOpinions): FiguresRow => ({
    key: d.department,
    name: (
      <>
        {name(d)}
        {d.leads > 0 ? <span className="muted"> {t('leads', { cases: d.leads })}</span> : null}
      </>
    ),
    cells: [
      number(d.cases, 0),
      number(d.asked, 0),
      number(d.given, 0),
      ...outcomes.map((o) => number(d.byOutcome[o], 0)),
      number(d.open, 0),
    ],
  });
  const timeRow = (d: DepartmentOpinions): FiguresRow => ({
    key: d.department,
    name: name(d),
    cells: [
      number(d.time.timed, 0),
      time(d.time.medianDays, 'days'),
      time(d.time.averageDays, 'days'),
      time(d.time.medianHours, 'hours'),
      time(d.time.averageHours, 'hours'),
    ],
  });
  const programRow = (p: ProgramOutcomes): FiguresRow => ({
    key: p.program,
    name: (
      <>
        {inLocale(p.name, locale)}
        <span className="muted">
          {' '}
          {inLocale(
            joint.departments.find((d) => d.department === p.department)?.name ?? {
              zh: p.department,
              en: p.department,
            },
            locale,
          )}
        </span>
      </>
    ),
    cells: [p.applied, p.granted, p.refused, p.noOpinion, p.open].map((n) => number(n, 0)),
  });
  const timed = joint.departments.filter((d) => d.time.timed > 0);
  const longest = Math.max(1, ...timed.map((d) => d.time.averageHours ?? 0));
  return (
    <section aria-labelledby="supervision-joint" data-testid="supervision-joint">
      <h2 id="supervision-joint">{t('title')}</h2>
      <p>{t('intro')}</p>
      {joint.truncated ? <p role="note">{t('truncated', { limit: joint.limit })}</p> : null}
      <FigureTiles figures={figures} testId="joint-figures" />
      {joint.cases === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <>
          <h3 id="joint-by-stage">{t('byStage')}</h3>
          <ul className="inline-list" aria-labelledby="joint-by-stage" data-testid="joint-by-stage">
            {joint.byStage.map((s) => (
              <li key={s.stage} data-stage={s.stage}>
                {t(`stages.${s.stage}`)} {number(s.cases, 0)}
              </li>
            ))}
          </ul>
          <FiguresTable
            id="joint-opinions"
            heading={t('opinionsTitle')}
            columns={[
              t('department'),
              t('cases'),
              t('asked'),
              t('given'),
              ...outcomes.map((o) => review(`statuses.${o}`)),
              t('open'),
            ]}
            rows={joint.departments.map(opinionRow)}
            rowAttribute="department"
            wide
          />
          {timed.length > 0 ? (
            <BarChart
              id="chart-joint-time"
              caption={t('chartTime')}
              summary={timed.map((d) => `${name(d)} ${time(d.time.averageHours, 'hours')}`).join('；')}
              bars={timed.map((d) => ({
                label: shorten(name(d), 36),
                value: (d.time.averageHours ?? 0) / longest,
                text: time(d.time.averageHours, 'hours'),
              }))}
            />
          ) : null}
          <FiguresTable
            id="joint-time"
            heading={t('timeTitle')}
            columns={[
              t('department'),
              t('timed'),
              t('medianDays'),
              t('averageDays'),
              t('medianHours'),
              t('averageHours'),
            ]}
            rows={joint.departments.map(timeRow)}
            rowAttribute="department"
            wide
          />
          {joint.programs.length > 0 ? (
            <FiguresTable
              id="joint-programs"
              heading={t('programsTitle')}
              columns={[
                t('program'),
                t('programApplied'),
                t('programGranted'),
                t('programRefused'),
                t('programNoOpinion'),
                t('programOpen'),
              ]}
              rows={joint.programs.map(programRow)}
              rowAttribute="program"
              wide
            />
          ) : null}
          <h3 id="joint-decisions">{t('decisionsTitle')}</h3>
          <ul className="inline-list" aria-labelledby="joint-decisions" data-testid="joint-decisions">
            {joint.leadDecisions.map((d) => (
              <li key={d.outcome} data-outcome={d.outcome}>
                {staff(`outcomes.decide.${d.outcome}`)} {number(d.decisions, 0)}
                {decided > 0 ? <span className="muted"> ({percent(d.decisions / decided)})</span> : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
