'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useEffect, useRef } from 'react';
import { Link } from '@/i18n/navigation';
import { letterTopics, letterTypes, maxLetterAttachments } from '../../../../../../functions/src/letters/routing';
import { writeLetter, type WriteState } from './actions';
import { CalendarDay } from '@/components/date-time';

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p id={`${id}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}

/** The letter form, then its receipt (with an anonymous writer's query code and password, shown once). */
export function WriteForm({ submissionToken, itemCode }: { submissionToken: string; itemCode?: string }) {
  const t = useTranslations('Mailbox');
  const a = useTranslations('MailboxAttachments');
  const locale = useLocale();
  const [state, formAction, pending] = useActionState<WriteState, FormData>(writeLetter, { status: 'idle' });
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);

  if (state.status === 'written' && state.receipt) {
    const { letter, credentials } = state.receipt;
    return (
      <section
        className="panel"
        tabIndex={-1}
        ref={outcome}
        aria-labelledby="receipt-title"
        data-testid="letter-receipt"
      >
        <h2 id="receipt-title">{t('receiptTitle')}</h2>
        <dl className="details">
          <dt>{t('letterNumber')}</dt>
          <dd data-testid="letter-number">{letter.letterNumber}</dd>
          <dt>{t('dueDate')}</dt>
          <dd>
            <CalendarDay value={letter.dueDate} /> ({t('limitDays', { days: letter.limitDays })})
          </dd>
        </dl>
        {credentials ? (
          <div className="notice" role="note">
            <p>{t('credentialsOnce')}</p>
            <dl className="details">
              <dt>{t('queryCode')}</dt>
              <dd data-testid="query-code">{credentials.queryCode}</dd>
              <dt>{t('password')}</dt>
              <dd data-testid="letter-password">{credentials.password}</dd>
            </dl>
            <Link href="/mailbox/follow">{t('followLink')}</Link>
          </div>
        ) : (
          <Link href={`/my/letters/${encodeURIComponent(letter.letterId)}`}>{t('viewMine')}</Link>
        )}
      </section>
    );
  }

  const refused = new Set(state.errors ?? []);
  const errors = Object.fromEntries([...refused].map((f) => [f, t(`errors.${f}` as 'errors.type')])) as Record<
    string,
    string
  >;
  const v = state.values ?? {};
  const described = (id: string) => (errors[id] ? `${id}-error` : undefined);
  return (
    <form action={formAction} className="form" noValidate>
      <input type="hidden" name="submissionToken" value={submissionToken} />
      {itemCode ? <input type="hidden" name="itemCode" value={itemCode} /> : null}
      {state.status === 'refused' && state.message ? (
        <div className="notice notice-error" role="alert" tabIndex={-1} ref={outcome}>
          {state.message === 'ALREADY_RECEIVED'
            ? t('message.ALREADY_RECEIVED', { letterNumber: state.letterNumber ?? '' })
            : t(`message.${state.message}`)}
        </div>
      ) : null}
      <fieldset className="field question" aria-describedby={described('type')}>
        <legend className="question-text">{t('type')}</legend>
        <FieldError id="type" message={errors.type} />
        {letterTypes.map((type) => (
          <div key={type} className="choice">
            <input
              type="radio"
              id={`type-${type}`}
              name="type"
              value={type}
              defaultChecked={v.type === type}
              required
            />
            <label htmlFor={`type-${type}`}>{t(`types.${type}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="topic">{itemCode ? t('topicOptional') : t('topic')}</label>
        <FieldError id="topic" message={errors.topic} />
        <select
          // React resets a form after its action to each field's first default: a new key gives the select the
          // refused letter's topic as its default, so a second try keeps it.
          key={v.topic ?? ''}
          id="topic"
          name="topic"
          defaultValue={v.topic ?? ''}
          aria-describedby={described('topic')}
          required={!itemCode}
        >
          <option value="">{t('chooseTopic')}</option>
          {letterTopics.map((topic) => (
            <option key={topic.code} value={topic.code}>
              {locale === 'zh-CN' ? topic.name.zh : topic.name.en}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="subject">{t('subject')}</label>
        <FieldError id="subject" message={errors.subject} />
        <input
          id="subject"
          name="subject"
          type="text"
          maxLength={60}
          defaultValue={v.subject}
          aria-describedby={described('subject')}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="body">{t('body')}</label>
        <p id="body-hint" className="hint">
          {t('bodyHint')}
        </p>
        <FieldError id="body" message={errors.body} />
        <textarea
          id="body"
          name="body"
          rows={8}
          maxLength={3000}
          defaultValue={v.body}
          aria-describedby={['body-hint', described('body')].filter(Boolean).join(' ')}
          required
        />
      </div>
      <div className="field">
        <label htmlFor="name">{t('name')}</label>
        <FieldError id="name" message={errors.name} />
        <input
          id="name"
          name="name"
          type="text"
          autoComplete="name"
          maxLength={30}
          defaultValue={v.name}
          aria-describedby={described('name')}
        />
      </div>
      <div className="field">
        <label htmlFor="phone">{t('phone')}</label>
        <FieldError id="phone" message={errors.phone} />
        <input
          id="phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          maxLength={20}
          defaultValue={v.phone}
          aria-describedby={described('phone')}
        />
      </div>
      <div className="field">
        <label htmlFor="attachments">{a('label')}</label>
        <p id="attachments-hint" className="hint">
          {a('hint', { count: maxLetterAttachments })}
        </p>
        {state.attachment ? (
          <p id="attachments-error" className="field-error" data-testid="attachments-error">
            {a(`problems.${state.attachment.problem}`, {
              fileName: state.attachment.fileName ?? '',
              count: maxLetterAttachments,
            })}
          </p>
        ) : null}
        <input
          id="attachments"
          name="attachments"
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={['attachments-hint', state.attachment ? 'attachments-error' : ''].filter(Boolean).join(' ')}
          aria-invalid={state.attachment ? true : undefined}
        />
      </div>
      <div className="field choice">
        <input type="checkbox" id="publishConsent" name="publishConsent" value="yes" aria-describedby="consent-hint" />
        <label htmlFor="publishConsent">{t('publishConsent')}</label>
        <p id="consent-hint" className="hint">
          {t('publishConsentHint')}
        </p>
      </div>
      <button type="submit" className="button" disabled={pending}>
        {t('send')}
      </button>
    </form>
  );
}
