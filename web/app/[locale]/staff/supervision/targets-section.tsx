import { getTranslations } from 'next-intl/server';
import type { SupervisionTargets, TargetFigures } from '../../../../../functions/src/supervision/targets-model';
import { inLocale } from '@/lib/catalog-terms';
import styles from '../_components/staff.module.css';
import { BarChart } from './bar-chart';

interface Props {
  targets: SupervisionTargets;
  locale: string;
  percent: (value: number | null) => string;
}

/**
 * The plan's online targets (G2): items queryable and processable online and the online processing rate,
 * each against its target and said met or not in words; departments ranked; the rate month by month.
 */
export async function TargetsSection({ targets, locale, percent }: Props) {
  const t = await getTranslations('SupervisionTargets');
  const goal = targets.targets;
  const verdict = (met: boolean | null, target: number) =>
    met === null ? t('nothing') : t(met ? 'met' : 'missed', { target: percent(target) });
  const rows: {
    key: keyof typeof goal;
    share: (f: TargetFigures) => number | null;
    met: (f: TargetFigures) => boolean | null;
    of: (f: TargetFigures) => string;
  }[] = [
    {
      key: 'queryableShare',
      share: (f) => f.queryableShare,
      met: (f) => f.queryableMet,
      of: (f) => t('itemsOf', { part: f.queryable, whole: f.items }),
    },
    {
      key: 'processableShare',
      share: (f) => f.processableShare,
      met: (f) => f.processableMet,
      of: (f) => t('itemsOf', { part: f.processable, whole: f.items }),
    },
    {
      key: 'onlineRate',
      share: (f) => f.onlineRate,
      met: (f) => f.onlineRateMet,
      of: (f) => t('casesOf', { part: f.online, whole: f.cases }),
    },
  ];
  const withCases = targets.trend.filter((m) => m.cases > 0);
  return (
    <section aria-labelledby="supervision-targets" data-testid="supervision-targets">
      <h2 id="supervision-targets">{t('title')}</h2>
      <p>{t('intro')}</p>
      <ul className={styles.figures} data-testid="target-figures">
        {rows.map((row) => (
          <li key={row.key} className={styles.figure} data-figure={row.key} data-met={String(row.met(targets.total))}>
            <span className={styles.figureValue}>{percent(row.share(targets.total))}</span>
            <span className={styles.figureLabel}>{t(row.key)}</span>
            <span className="muted">{row.of(targets.total)}</span>
            <span>{verdict(row.met(targets.total), goal[row.key])}</span>
          </li>
        ))}
      </ul>

      <h3 id="targets-ranking">{t('rankingTitle')}</h3>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="targets-ranking">
        <table className="table" data-testid="targets-ranking">
          <thead>
            <tr>
              <th scope="col">{t('rank')}</th>
              <th scope="col">{t('department')}</th>
              {rows.map((row) => (
                <th key={row.key} scope="col">
                  {t(row.key)}
                </th>
              ))}
              <th scope="col">{t('targetsMet')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.departments.map((d) => (
              <tr key={d.department} data-department={d.department}>
                <td>{d.rank}</td>
                <th scope="row">{inLocale(d.name, locale)}</th>
                {rows.map((row) => (
                  <td key={row.key}>
                    {percent(row.share(d))}
                    {row.met(d) === false ? t('belowShort') : ''}
                    <br />
                    <span className="muted">{row.of(d)}</span>
                  </td>
                ))}
                <td>{t('targetsMetOf', { met: d.targetsMet })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id="targets-trend">{t('trendTitle')}</h3>
      {withCases.length === 0 ? (
        <p>{t('noTrend')}</p>
      ) : (
        <BarChart
          id="chart-trend"
          caption={t('trendChart', { target: percent(goal.onlineRate) })}
          summary={targets.trend.map((m) => `${m.month} ${percent(m.onlineRate)}`).join('；')}
          bars={targets.trend.map((m) => ({
            label: m.month,
            value: m.onlineRate,
            text: m.cases === 0 ? t('noCasesMonth') : t('monthText', { rate: percent(m.onlineRate), cases: m.cases }),
          }))}
          target={goal.onlineRate}
          targetLabel={t('targetLine', { target: percent(goal.onlineRate) })}
        />
      )}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="targets-trend">
        <table className="table" data-testid="targets-trend">
          <thead>
            <tr>
              <th scope="col">{t('month')}</th>
              <th scope="col">{t('cases')}</th>
              <th scope="col">{t('online')}</th>
              <th scope="col">{t('onlineRate')}</th>
            </tr>
          </thead>
          <tbody>
            {targets.trend.map((m) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                <td>{m.cases}</td>
                <td>{m.online}</td>
                <td>{percent(m.onlineRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
