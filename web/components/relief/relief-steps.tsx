'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState, type ReactNode } from 'react';
import { checkRelief, type ReliefCheckState } from './relief-check-action';
import { ReliefPrograms } from './relief-programs';

export interface HouseholdOptions {
  relations: readonly string[];
  disabilityGrades: readonly string[];
  schoolings: readonly string[];
  housings: readonly string[];
}

interface Props {
  options: HouseholdOptions;
  /** The applicant's own name, from the registry or profile, for the first member ('' at the counter). */
  selfName: string;
  /** Department names by code, in the page's language. */
  departmentNames: Record<string, string>;
  /**
   * Step 3, once programs are chosen: the relief item's one form (online at /relief, or the counter's form
   * at a street station), given the household and programs to send with it (JSON).
   */
  children: (relief: string) => ReactNode;
}

/**
 * 综合救助 (一口上下), wherever it is taken: the household once (step 1), the programs it may qualify for with
 * every condition explained by the API (step 2), then the form the caller renders for the chosen programs.
 */
export function ReliefSteps({ options, selfName, departmentNames, children }: Props) {
  const t = useTranslations('Relief');
  const locale = useLocale();
  const [state, dispatch, pending] = useActionState<ReliefCheckState, FormData>(checkRelief, { status: 'idle' });
  const [members, setMembers] = useState(1);
  const [chosen, setChosen] = useState<string[] | undefined>(undefined);
  const problems = new Set(state.problems ?? []);
  const invalid = (path: string) => (problems.has(path) ? { 'aria-invalid': true as const } : {});
  const select = (id: string, name: string, values: readonly string[], labels: string, value?: string) => (
    <select
      id={id}
      name={name}
      defaultValue={value ?? values[0]}
      {...invalid(name.replace(/^member-(\d+)-/, 'members.$1.'))}
    >
      {values.map((v) => (
        <option key={v} value={v}>
          {t(`${labels}.${v}` as never)}
        </option>
      ))}
    </select>
  );

  return (
    <>
      <form action={dispatch} className="form" noValidate aria-busy={pending} data-testid="relief-household">
        <h2>{t('householdLegend')}</h2>
        {state.status === 'refused' ? (
          <p className="notice notice-error" role="alert">
            {state.message === 'invalid' ? t('invalid', { fields: [...problems].join('、') }) : t('failed')}
          </p>
        ) : null}
        <input type="hidden" name="memberCount" value={members} />
        <fieldset>
          <legend>{t('membersLegend')}</legend>
          {Array.from({ length: members }, (_, i) => (
            <fieldset key={i} data-testid={`relief-member-${i}`}>
              <legend>{t('member', { n: i + 1 })}</legend>
              <label htmlFor={`member-${i}-name`}>{t('name')}</label>
              <input
                id={`member-${i}-name`}
                name={`member-${i}-name`}
                defaultValue={i === 0 ? selfName : ''}
                autoComplete={i === 0 ? 'name' : 'off'}
                {...invalid(`members.${i}.name`)}
              />
              <label htmlFor={`member-${i}-relation`}>{t('relation')}</label>
              {select(
                `member-${i}-relation`,
                `member-${i}-relation`,
                options.relations,
                'relations',
                i === 0 ? 'self' : 'child',
              )}
              <label htmlFor={`member-${i}-age`}>{t('age')}</label>
              <input
                id={`member-${i}-age`}
                name={`member-${i}-age`}
                type="number"
                min={0}
                max={120}
                inputMode="numeric"
                {...invalid(`members.${i}.age`)}
              />
              <label htmlFor={`member-${i}-disability`}>{t('disability')}</label>
              {select(`member-${i}-disability`, `member-${i}-disability`, options.disabilityGrades, 'disabilityGrades')}
              <label htmlFor={`member-${i}-schooling`}>{t('schooling')}</label>
              {select(`member-${i}-schooling`, `member-${i}-schooling`, options.schoolings, 'schoolings')}
              {(['unemployed', 'seriousIllness', 'veteran', 'noSupport'] as const).map((flag) => (
                <label key={flag} htmlFor={`member-${i}-${flag}`} className="checkbox">
                  <input id={`member-${i}-${flag}`} name={`member-${i}-${flag}`} type="checkbox" />
                  <span>{t(flag)}</span>
                </label>
              ))}
              {i > 0 && i === members - 1 ? (
                <button type="button" className="button button-secondary" onClick={() => setMembers(members - 1)}>
                  {t('removeMember', { n: i + 1 })}
                </button>
              ) : null}
            </fieldset>
          ))}
          {members < 12 ? (
            <button type="button" className="button button-secondary" onClick={() => setMembers(members + 1)}>
              {t('addMember')}
            </button>
          ) : null}
        </fieldset>
        <label htmlFor="monthlyIncome">{t('monthlyIncome')}</label>
        <input
          id="monthlyIncome"
          name="monthlyIncome"
          type="number"
          min={0}
          inputMode="numeric"
          {...invalid('monthlyIncome')}
        />
        <label htmlFor="financialAssets">{t('financialAssets')}</label>
        <input
          id="financialAssets"
          name="financialAssets"
          type="number"
          min={0}
          inputMode="numeric"
          {...invalid('financialAssets')}
        />
        <label htmlFor="housing">{t('housing')}</label>
        {select('housing', 'housing', options.housings, 'housings')}
        <label htmlFor="housingArea">{t('housingArea')}</label>
        <input
          id="housingArea"
          name="housingArea"
          type="number"
          min={0}
          inputMode="decimal"
          {...invalid('housingArea')}
        />
        <label htmlFor="emergency" className="checkbox">
          <input id="emergency" name="emergency" type="checkbox" />
          <span>{t('emergency')}</span>
        </label>
        <div className="actions">
          <button type="submit" className="button" disabled={pending}>
            {pending ? t('checking') : t('check')}
          </button>
        </div>
      </form>
      {state.status === 'checked' && state.eligibility ? (
        <ReliefPrograms
          key={JSON.stringify(state.household)}
          eligibility={state.eligibility}
          locale={locale}
          departmentNames={departmentNames}
          onChoose={setChosen}
        />
      ) : null}
      {state.status === 'checked' && chosen && chosen.length > 0 ? (
        <section aria-labelledby="relief-apply-title" data-testid="relief-apply">
          <h2 id="relief-apply-title">{t('applyTitle')}</h2>
          {children(JSON.stringify({ household: state.household, programs: chosen }))}
        </section>
      ) : null}
    </>
  );
}
