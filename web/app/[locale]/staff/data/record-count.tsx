import { getTranslations } from 'next-intl/server';
import type { DataResource } from '../../../../../functions/src/data-sharing/model';

/** A resource's record count in the reader's language, or that the registry has not counted it yet. */
export async function RecordCount({ resource, locale }: { resource: DataResource; locale: string }) {
  const t = await getTranslations('DataSharing');
  if (resource.recordCount === null) return <>{t('recordsUnmeasured')}</>;
  return <>{resource.recordCount.toLocaleString(locale === 'en' ? 'en' : 'zh-CN')}</>;
}
