import { getLocale, getTranslations } from 'next-intl/server';
import type { CounterGuide, StaffCase } from '@/lib/api-schemas';
import { inLocale } from '@/lib/catalog-terms';
import styles from '../../_components/staff.module.css';

type Form = CounterGuide['form'];
type Value = StaffCase['answers'][string];

/**
 * The applicant's answers under the form's own sections and labels (options by their label, a tick as
 * yes/no). Without the form (the item was withdrawn) the answers are listed by field id.
 */
export async function CaseAnswers({ answers, form }: { answers: StaffCase['answers']; form?: Form }) {
  const [t, locale] = await Promise.all([getTranslations('StaffCase'), getLocale()]);
  const show = (value: Value, options?: { value: string; label: { zh: string; en: string } }[]) => {
    if (typeof value === 'boolean') return value ? t('yes') : t('no');
    const option = options?.find((o) => o.value === value);
    return option ? inLocale(option.label, locale) : String(value);
  };
  const known = new Set(form?.sections.flatMap((s) => s.fields.map((f) => f.id)) ?? []);
  const others = Object.keys(answers).filter((id) => !known.has(id));
  return (
    <>
      {form?.sections.map((section) => {
        const fields = section.fields.filter((f) => answers[f.id] !== undefined);
        if (fields.length === 0) return null;
        return (
          <section key={section.id} aria-labelledby={`answers-${section.id}`}>
            <h3 id={`answers-${section.id}`}>{inLocale(section.title, locale)}</h3>
            <dl className={styles.facts}>
              {fields.map((field) => (
                <div key={field.id} className={styles.pair}>
                  <dt>{inLocale(field.label, locale)}</dt>
                  <dd className="preserve-lines" data-field={field.id}>
                    {show(answers[field.id]!, field.options)}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        );
      })}
      {others.length > 0 ? (
        <dl className={styles.facts}>
          {others.map((id) => (
            <div key={id} className={styles.pair}>
              <dt>
                <code>{id}</code>
              </dt>
              <dd className="preserve-lines" data-field={id}>
                {show(answers[id]!)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}
