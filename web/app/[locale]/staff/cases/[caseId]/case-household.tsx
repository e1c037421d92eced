import { getFormatter, getTranslations } from 'next-intl/server';
import type { StaffCase } from '@/lib/api-schemas';
import styles from '../../_components/staff.module.css';

type Household = NonNullable<StaffCase['household']>;
const flags = ['unemployed', 'seriousIllness', 'veteran', 'noSupport'] as const;

/**
 * A relief case's household (综合救助) as the applicant entered it once: its members (names masked unless the
 * officer revealed the answers, as the API sends them), the household's income, financial assets and housing.
 */
export async function CaseHousehold({ household, revealed }: { household: Household; revealed: boolean }) {
  const [t, relief, format] = await Promise.all([
    getTranslations('StaffCase'),
    getTranslations('Relief'),
    getFormatter(),
  ]);
  const size = household.members.length;
  const yuan = (n: number) => format.number(n, { maximumFractionDigits: 0 });
  return (
    <div data-testid="case-household">
      {revealed ? null : <p className="muted">{t('householdMasked')}</p>}
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="household-members">
        <table className="table">
          <caption id="household-members">{t('householdMembers', { count: size })}</caption>
          <thead>
            <tr>
              <th scope="col">{relief('name')}</th>
              <th scope="col">{relief('relation')}</th>
              <th scope="col">{relief('age')}</th>
              <th scope="col">{relief('disability')}</th>
              <th scope="col">{relief('schooling')}</th>
              <th scope="col">{t('householdCircumstances')}</th>
            </tr>
          </thead>
          <tbody>
            {household.members.map((m, i) => (
              <tr key={i} data-testid="household-member">
                <th scope="row">{m.name}</th>
                <td>{relief(`relations.${m.relation}`)}</td>
                <td>{m.age}</td>
                <td>{relief(`disabilityGrades.${m.disability}`)}</td>
                <td>{relief(`schoolings.${m.schooling}`)}</td>
                <td>
                  {flags
                    .filter((f) => m[f])
                    .map((f) => relief(f))
                    .join('；') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className={styles.facts}>
        <dt>{relief('monthlyIncome')}</dt>
        <dd data-testid="household-income">
          {yuan(household.monthlyIncome)}{' '}
          <span className="muted">{t('perCapitaMonthly', { amount: yuan(household.monthlyIncome / size) })}</span>
        </dd>
        <dt>{relief('financialAssets')}</dt>
        <dd>
          {yuan(household.financialAssets)}{' '}
          <span className="muted">{t('perCapita', { amount: yuan(household.financialAssets / size) })}</span>
        </dd>
        <dt>{relief('housing')}</dt>
        <dd data-testid="household-housing">
          {relief(`housings.${household.housing}`)}
          {t('housingArea', { area: household.housingArea })}
        </dd>
        <dt>{t('householdEmergency')}</dt>
        <dd>{household.emergency ? t('yes') : t('no')}</dd>
      </dl>
    </div>
  );
}
