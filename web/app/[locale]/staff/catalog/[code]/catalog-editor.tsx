'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useState } from 'react';
import type { ServiceItem } from '../../../../../../functions/src/catalog/model';
import { saveCatalogDraft, type DraftState } from './actions';
import { FieldError, TextInput } from './editor-inputs';
import styles from './catalog.module.css';
import { FormPreview } from './form-preview';
import { FormSchemaEditor } from './form-schema-editor';

interface Props {
  code: string;
  /** The item's revision the editor read. */
  version: number;
  item: ServiceItem;
}

const idle: DraftState = { status: 'idle', errors: {} };
const asNumber = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? text : Number(text));

/**
 * The draft of one service item: its main facts and its application form, edited field by field or as
 * JSON, checked with the API's own schema on save, previewed as a citizen will see the form.
 */
export function CatalogEditor({ code, version, item: initial }: Props) {
  const t = useTranslations('CatalogEditor');
  const [item, setItem] = useState<ServiceItem>(initial);
  const [json, setJson] = useState(() => JSON.stringify(initial, null, 2));
  const [jsonError, setJsonError] = useState<string>();
  const [state, save, saving] = useActionState(saveCatalogDraft, idle);
  const errors = state.errors;
  const router = useRouter();
  // A saved draft changes the item's revision and status: the page around the editor (status, publish
  // form) reads them again, so publishing right after saving sends the current revision.
  useEffect(() => {
    if (state.status === 'saved') router.refresh();
  }, [state, router]);

  const update = (next: ServiceItem) => {
    setItem(next);
    setJson(JSON.stringify(next, null, 2));
  };
  const applyJson = () => {
    try {
      setItem(JSON.parse(json) as ServiceItem);
      setJsonError(undefined);
    } catch (error) {
      setJsonError((error as Error).message);
    }
  };
  const listed = Object.entries(errors);

  return (
    <div className={styles.editor}>
      <form action={save} className="form" data-testid="catalog-draft-form">
        <input type="hidden" name="code" value={code} />
        {/* Revisions only go up: the later of the page's and the last save's. */}
        <input type="hidden" name="version" value={Math.max(state.version ?? 0, version)} />
        <input type="hidden" name="draft" value={JSON.stringify(item)} />
        {state.status === 'saved' ? (
          <div role="status" className="notice notice-success" data-testid="catalog-saved">
            {t('saved', { version: state.version ?? version })}
          </div>
        ) : null}
        {state.status === 'stale' || state.status === 'failed' ? (
          <div role="alert" className="notice notice-error">
            {t(state.status)}
          </div>
        ) : null}
        {listed.length > 0 ? (
          <div role="alert" className="notice notice-error" data-testid="catalog-problems">
            <p>{t('invalid', { count: listed.length })}</p>
            <ul>
              {listed.map(([path, message]) => (
                <li key={path}>
                  <code>{path}</code>: {message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}

        <h2>{t('factsHeading')}</h2>
        <TextInput
          id="item-name-zh"
          label={t('nameZh')}
          value={item.name.zh}
          error={errors['name.zh']}
          onChange={(zh) => update({ ...item, name: { ...item.name, zh } })}
        />
        <TextInput
          id="item-name-en"
          label={t('nameEn')}
          value={item.name.en}
          error={errors['name.en']}
          onChange={(en) => update({ ...item, name: { ...item.name, en } })}
        />
        <TextInput
          id="item-promised"
          type="number"
          label={t('promisedDays')}
          value={String(item.timeLimits.promisedDays)}
          error={errors['timeLimits.promisedDays']}
          onChange={(v) => update({ ...item, timeLimits: { ...item.timeLimits, promisedDays: asNumber(v) as number } })}
        />
        <TextInput
          id="item-statutory"
          type="number"
          label={t('statutoryDays')}
          value={String(item.timeLimits.statutoryDays)}
          error={errors['timeLimits.statutoryDays']}
          onChange={(v) =>
            update({ ...item, timeLimits: { ...item.timeLimits, statutoryDays: asNumber(v) as number } })
          }
        />
        <TextInput
          id="item-visits"
          type="number"
          label={t('counterVisits')}
          value={String(item.counterVisits)}
          error={errors.counterVisits}
          onChange={(v) => update({ ...item, counterVisits: asNumber(v) as number })}
        />
        <div className="field">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={item.online}
              aria-describedby={errors.online ? 'item-online-error' : undefined}
              onChange={(e) => update({ ...item, online: e.target.checked })}
            />
            {t('online')}
          </label>
          <FieldError id="item-online" message={errors.online} />
        </div>

        <h2>{t('formHeading')}</h2>
        <FormSchemaEditor form={item.form} errors={errors} onChange={(form) => update({ ...item, form })} />

        <details className={styles.json}>
          <summary>{t('jsonHeading')}</summary>
          <div className="field">
            <label htmlFor="item-json">{t('jsonLabel')}</label>
            <p className="hint" id="item-json-hint">
              {t('jsonHint')}
            </p>
            <textarea
              id="item-json"
              rows={16}
              value={json}
              spellCheck={false}
              aria-describedby={jsonError || errors.json ? 'item-json-hint item-json-error' : 'item-json-hint'}
              aria-invalid={jsonError || errors.json ? true : undefined}
              onChange={(e) => setJson(e.target.value)}
            />
            <FieldError id="item-json" message={jsonError ?? errors.json} />
          </div>
          <button type="button" className="button button-secondary" onClick={applyJson}>
            {t('applyJson')}
          </button>
        </details>

        <button type="submit" className="button" disabled={saving}>
          {t('saveDraft')}
        </button>
      </form>

      <section aria-labelledby="catalog-preview" className={styles.preview} data-testid="catalog-preview">
        <h2 id="catalog-preview">{t('previewHeading')}</h2>
        <p className="hint">{t('previewHint')}</p>
        <FormPreview form={item.form} />
      </section>
    </div>
  );
}
