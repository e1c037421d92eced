import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MaterialsTable } from '@/components/materials-table';
import { PrintButton } from '@/components/print-button';
import { getPathname, Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import type { Resolution, Scenario, ScenarioStep } from '@/lib/hall-schemas';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const slugPattern = /^[a-z0-9][a-z0-9-]{0,60}$/;
/** The form's marker of the question just asked; the underscore keeps it apart from node ids. */
const askedField = 'asked_question';

/** The published scenario, or the not-found page (once per request). */
const scenarioOf = cache(async (id: string): Promise<Scenario> => {
  if (!slugPattern.test(id)) notFound();
  try {
    return await api.getScenario(id);
  } catch (error) {
    if (isApiError(error, 404) || isApiError(error, 400)) notFound();
    throw error;
  }
});

/** The answers in the URL (`?<questionId>=<answerId>`), only for questions this scenario has. */
function answersOf(scenario: Scenario, params: Record<string, string | string[] | undefined>) {
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string' && slugPattern.test(value) && scenario.nodes[name]?.kind === 'question') {
      answers[name] = value;
    }
  }
  return answers;
}

const queryOf = (steps: readonly ScenarioStep[]) => Object.fromEntries(steps.map((s) => [s.question, s.answer]));

export async function generateMetadata({ params }: Pick<Props, 'params'>): Promise<Metadata> {
  const scenario = await scenarioOf((await params).id);
  return { title: inLocale(scenario.title, await getLocale()) };
}

/**
 * One question at a time as a plain GET form that carries the earlier answers in hidden fields: works
 * without JavaScript, by keyboard alone, and every step has its own URL (back, bookmark, share).
 */
export default async function ScenarioPage({ params, searchParams }: Props) {
  const { id } = await params;
  const [scenario, query] = await Promise.all([scenarioOf(id), searchParams]);
  const [t, locale] = await Promise.all([getTranslations('Scenarios'), getLocale()]);
  const pathname = `/scenarios/${scenario.id}`;

  let resolution: Resolution | undefined;
  try {
    resolution = await api.resolveScenario(scenario.id, answersOf(scenario, query));
  } catch (error) {
    if (!isApiError(error, 400)) throw error;
  }

  return (
    <>
      <p className="no-print">
        <Link href="/scenarios">{t('allScenarios')}</Link>
      </p>
      <h1>{inLocale(scenario.title, locale)}</h1>
      {!resolution ? (
        <div className="notice notice-warning" role="alert">
          <p>{t('invalidAnswers')}</p>
          <Link href={pathname}>{t('restart')}</Link>
        </div>
      ) : resolution.status === 'question' ? (
        <Question resolution={resolution} unanswered={query[askedField] === resolution.node.id} />
      ) : (
        <Outcome resolution={resolution} />
      )}
      {resolution && resolution.path.length > 0 ? <Answers path={resolution.path} /> : null}
    </>
  );

  function Question({
    resolution,
    unanswered,
  }: {
    resolution: Extract<Resolution, { status: 'question' }>;
    unanswered: boolean;
  }) {
    const { node, path } = resolution;
    const described = [node.help ? 'question-help' : '', unanswered ? 'question-error' : ''].filter(Boolean);
    return (
      <>
        {path.length === 0 ? <p className="lead">{inLocale(scenario.intro, locale)}</p> : null}
        <p className="progress" data-testid="scenario-progress">
          {t('progress', { step: path.length + 1, answered: path.length })}
        </p>
        <form method="get" action={getPathname({ href: pathname, locale })} className="form scenario-form">
          {path.map((step) => (
            <input key={step.question} type="hidden" name={step.question} value={step.answer} />
          ))}
          <input type="hidden" name={askedField} value={node.id} />
          <fieldset className="question" aria-describedby={described.length > 0 ? described.join(' ') : undefined}>
            <legend className="question-text">{inLocale(node.text, locale)}</legend>
            {node.help ? (
              <p id="question-help" className="hint">
                {inLocale(node.help, locale)}
              </p>
            ) : null}
            {unanswered ? (
              <p id="question-error" className="field-error">
                {t('chooseOne')}
              </p>
            ) : null}
            {node.answers.map((answer) => (
              <div key={answer.id} className="choice">
                <input type="radio" id={`answer-${answer.id}`} name={node.id} value={answer.id} required />
                <label htmlFor={`answer-${answer.id}`}>{inLocale(answer.label, locale)}</label>
              </div>
            ))}
          </fieldset>
          <div className="actions">
            <button type="submit" className="button">
              {t('next')}
            </button>
            {path.length > 0 ? <Link href={{ pathname, query: queryOf(path.slice(0, -1)) }}>{t('back')}</Link> : null}
            {path.length > 0 ? <Link href={pathname}>{t('restart')}</Link> : null}
          </div>
        </form>
      </>
    );
  }

  async function Outcome({ resolution }: { resolution: Extract<Resolution, { status: 'resolved' }> }) {
    const guide = await getTranslations('Guide');
    return (
      <section aria-labelledby="outcome-heading" className="outcome" data-testid="scenario-outcome">
        <h2 id="outcome-heading">{t('resultHeading')}</h2>
        <p className="lead">{t('branch', { branch: inLocale(resolution.branch, locale) })}</p>
        <div className="actions no-print">
          <PrintButton label={t('print')} />
          <Link href={{ pathname, query: queryOf(resolution.path.slice(0, -1)) }}>{t('back')}</Link>
          <Link href={pathname}>{t('restart')}</Link>
        </div>
        <h3>{t('itemsHeading')}</h3>
        <ol className="outcome-items">
          {resolution.items.map((item) => {
            const name = inLocale(item.name, locale);
            return (
              <li key={item.code} className="outcome-item">
                <h4>
                  <Link href={`/services/${item.code}`}>{name}</Link>
                </h4>
                <p className="muted">
                  {guide('code')} {item.code}
                </p>
                {item.note ? <p>{inLocale(item.note, locale)}</p> : null}
                {item.materials.length > 0 ? (
                  <MaterialsTable materials={item.materials} caption={t('materialsFor', { name })} />
                ) : (
                  <p>{guide('noMaterials')}</p>
                )}
              </li>
            );
          })}
        </ol>
        {resolution.additionalMaterials.length > 0 ? (
          <>
            <h3>{t('additionalMaterials')}</h3>
            <MaterialsTable materials={resolution.additionalMaterials} caption={t('additionalMaterials')} />
          </>
        ) : null}
        {resolution.notes.length > 0 ? (
          <>
            <h3>{t('notes')}</h3>
            <ul>
              {resolution.notes.map((note) => (
                <li key={note.zh}>{inLocale(note, locale)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    );
  }

  function Answers({ path }: { path: readonly ScenarioStep[] }) {
    return (
      <section aria-labelledby="answers-heading" className="panel">
        <h2 id="answers-heading">{t('yourAnswers')}</h2>
        <ol className="answer-path">
          {path.map((step, index) => (
            <li key={step.question}>
              <span>{inLocale(step.text, locale)}</span> <strong>{inLocale(step.label, locale)}</strong>{' '}
              <Link href={{ pathname, query: queryOf(path.slice(0, index)) }} className="no-print">
                {t('change', { question: inLocale(step.text, locale) })}
              </Link>
            </li>
          ))}
        </ol>
      </section>
    );
  }
}
