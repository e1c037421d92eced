import { getTranslations } from 'next-intl/server';
import type { Letter } from '@/lib/letters-api';

/**
 * The writer's name and phone: masked, shown in full only after a deliberate press. A plain GET form, not a
 * link (a link could be prefetched): every reveal is an audited read of personal data (personal.unmask).
 */
export async function WriterReveal({ letter, revealed }: { letter: Letter; revealed: boolean }) {
  const t = await getTranslations('StaffLetter.writer');
  const masked = letter.writerMasked;
  if (!masked.name && !masked.phone) {
    return <p className="muted">{letter.anonymous ? t('anonymousNone') : t('none')}</p>;
  }
  const shown = revealed && letter.writer ? letter.writer : masked;
  return (
    <section aria-labelledby="writer-title" className="panel">
      <h2 id="writer-title">{t('title')}</h2>
      <dl className="details" data-testid="letter-writer">
        {shown.name ? (
          <>
            <dt>{t('name')}</dt>
            <dd>{shown.name}</dd>
          </>
        ) : null}
        {shown.phone ? (
          <>
            <dt>{t('phone')}</dt>
            <dd>{shown.phone}</dd>
          </>
        ) : null}
      </dl>
      <form method="get" className="reveal-control">
        <p className="muted" id="writer-reveal-hint">
          {revealed ? t('revealedHint') : t('maskedHint')}
        </p>
        {revealed ? null : <input type="hidden" name="reveal" value="true" />}
        <button type="submit" className="button-secondary" aria-describedby="writer-reveal-hint">
          {revealed ? t('hide') : t('reveal')}
        </button>
      </form>
    </section>
  );
}
