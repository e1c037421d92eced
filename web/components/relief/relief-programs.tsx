'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { ReliefEligibility } from '@/lib/api-schemas';

interface Props {
  eligibility: ReliefEligibility;
  locale: string;
  departmentNames: Record<string, string>;
  onChoose: (programs: string[]) => void;
}

const inLocale = (text: { zh: string; en: string }, locale: string) => (locale === 'en' ? text.en : text.zh);

/** Step 2 of /relief: each program with its conditions, met or not, as the API explained them; tick to apply. */
export function ReliefPrograms({ eligibility, locale, departmentNames, onChoose }: Props) {
  const t = useTranslations('Relief');
  const [problem, setProblem] = useState(false);
  const eligible = eligibility.programs.filter((p) => p.eligible);
  const others = eligibility.programs.filter((p) => !p.eligible);
  const { facts } = eligibility;

  const program = (p: ReliefEligibility['programs'][number]) => (
    <li key={p.code} data-program={p.code} data-eligible={p.eligible}>
      {p.eligible ? (
        <label htmlFor={`program-${p.code}`} className="checkbox">
          <input id={`program-${p.code}`} type="checkbox" name="program" value={p.code} />
          <span>{t('choose', { name: inLocale(p.name, locale) })}</span>
        </label>
      ) : (
        <strong>{inLocale(p.name, locale)}</strong>
      )}
      <p className="hint">
        {inLocale(p.explanation, locale)}{' '}
        {t('departmentOf', { department: departmentNames[p.department] ?? p.department })}
      </p>
      <ul>
        {p.conditions.map((c, i) => (
          <li key={i}>
            <span className={c.met ? 'badge badge-approved' : 'badge badge-rejected'}>
              {c.met ? t('met') : t('unmet')}
            </span>{' '}
            {inLocale(c.text, locale)}
          </li>
        ))}
      </ul>
    </li>
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const picked = new FormData(event.currentTarget).getAll('program').map(String);
    setProblem(picked.length === 0);
    onChoose(picked);
  };

  return (
    <section aria-labelledby="relief-results-title" data-testid="relief-eligibility">
      <h2 id="relief-results-title" tabIndex={-1}>
        {t('resultsTitle')}
      </h2>
      <p>
        {t('facts', {
          size: facts.size,
          income: facts.incomePerCapita,
          assets: facts.assetsPerCapita,
          area: facts.areaPerCapita,
        })}
      </p>
      <form onSubmit={submit} className="form" noValidate>
        {eligible.length > 0 ? <p role="status">{t('eligibleCount', { count: eligible.length })}</p> : null}
        {eligible.length === 0 ? <p className="notice notice-warning">{t('noneEligible')}</p> : null}
        <ul className="plain-list">{eligible.map(program)}</ul>
        {problem ? (
          <p className="notice notice-error" role="alert">
            {t('chooseOne')}
          </p>
        ) : null}
        {eligible.length > 0 ? (
          <div className="actions">
            <button type="submit" className="button">
              {t('continue')}
            </button>
          </div>
        ) : null}
      </form>
      <details>
        <summary>{t('otherPrograms', { count: others.length })}</summary>
        <ul className="plain-list">{others.map(program)}</ul>
      </details>
    </section>
  );
}
