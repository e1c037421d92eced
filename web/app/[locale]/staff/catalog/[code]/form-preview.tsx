'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { ApplicationFormFields } from '@/components/application-form-fields';
import { formLanguage, type EditedAnswers, type FormSchema } from '@/components/application-answers';

/** Whether a form has the shape the renderer walks (JSON typed in by hand may not). */
function previewable(form: FormSchema | undefined): form is FormSchema {
  const sections: unknown = form?.sections;
  return (
    Array.isArray(sections) &&
    sections.every(
      (s: { fields?: unknown; title?: unknown }) => Array.isArray(s?.fields) && s.title && typeof s.title === 'object',
    )
  );
}

/** An application form as citizens see it, with the portal's own renderer; what is typed in is not kept. */
export function FormPreview({ form }: { form: FormSchema | undefined }) {
  const t = useTranslations('CatalogEditor');
  const language = formLanguage(useLocale());
  const [answers, setAnswers] = useState<EditedAnswers>({});
  if (!previewable(form)) return <p>{t('previewUnavailable')}</p>;
  return (
    <ApplicationFormFields
      schema={form}
      language={language}
      answers={answers}
      errors={{}}
      onChange={(id, value) => setAnswers((a) => ({ ...a, [id]: value }))}
    />
  );
}
