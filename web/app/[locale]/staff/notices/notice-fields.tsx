import { getTranslations } from 'next-intl/server';
import { noticeKinds, type NoticeContent } from '../../../../../functions/src/notices/model';

/** The content fields of a notice, for drafting and editing (the API checks them). */
export async function NoticeFields({ idPrefix, value }: { idPrefix: string; value?: NoticeContent }) {
  const [t, n] = await Promise.all([getTranslations('StaffNotices'), getTranslations('Notices')]);
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-kind`}>{t('kind')}</label>
        <select id={`${idPrefix}-kind`} name="kind" defaultValue={value?.kind ?? 'notice'}>
          {noticeKinds.map((k) => (
            <option key={k} value={k}>
              {n(`kind-${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-title`}>{t('title_')}</label>
        <input
          id={`${idPrefix}-title`}
          name="title"
          required
          minLength={4}
          maxLength={120}
          defaultValue={value?.title}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-body`}>{t('body')}</label>
        <textarea
          id={`${idPrefix}-body`}
          name="body"
          required
          minLength={10}
          maxLength={20000}
          rows={10}
          defaultValue={value?.body}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-number`}>{t('documentNumber')}</label>
        <input id={`${idPrefix}-number`} name="documentNumber" maxLength={60} defaultValue={value?.documentNumber} />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-interprets`}>{t('interprets')}</label>
        <input id={`${idPrefix}-interprets`} name="interprets" maxLength={40} defaultValue={value?.interprets} />
      </div>
    </>
  );
}
