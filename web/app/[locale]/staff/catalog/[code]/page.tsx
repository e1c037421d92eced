import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DateTime } from '@/components/date-time';
import { NoAccess } from '@/components/no-access';
import { Link } from '@/i18n/navigation';
import { api, isApiError } from '@/lib/api';
import { inLocale } from '@/lib/catalog-terms';
import { requireSession } from '@/lib/guards';
import type { ServiceItem } from '../../../../../../functions/src/catalog/model';
import { publishCatalogItem } from './actions';
import { CatalogEditor } from './catalog-editor';

export async function generateMetadata({ params }: { params: Promise<{ code: string }> }): Promise<Metadata> {
  return { title: (await getTranslations('CatalogEditor'))('title', { code: (await params).code }) };
}

/** The published guide without what publishing adds: the starting point of a new draft. */
function draftFrom(published: ServiceItem & { publishedVersion?: number; publishedAt?: string }): ServiceItem {
  const { publishedVersion: _version, publishedAt: _at, ...item } = published;
  return item;
}

/** One service item for the cataloger: its draft to edit and preview, publishing, and its versions. */
export default async function CatalogItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ done?: string; version?: string }>;
}) {
  const { code } = await params;
  const session = await requireSession(`/staff/catalog/${code}`);
  const t = await getTranslations('CatalogEditor');
  if (!session.roles.includes('cataloger')) return <NoAccess text={t('catalogersOnly')} />;
  const { done, version: asked } = await searchParams;
  const locale = await getLocale();
  let view;
  try {
    view = await api.getCatalogItem(code);
  } catch (error) {
    if (isApiError(error, 404)) notFound();
    throw error;
  }
  const versions = view.entry.publishedVersion ? await api.listCatalogVersions(code) : [];
  const shownVersion = versions.find((v) => String(v.version) === asked)?.version;
  const old = shownVersion ? await api.getCatalogVersion(code, shownVersion) : undefined;
  const item = view.draft ?? (view.published ? draftFrom(view.published) : undefined);
  return (
    <>
      <p>
        <Link href="/staff/catalog">{t('back')}</Link>
      </p>
      <h1>{t('heading', { name: inLocale(view.entry.name, locale), code })}</h1>
      <p data-testid="catalog-status">
        {t(`status.${view.entry.status}`, { version: view.entry.publishedVersion ?? 0 })}
        {view.entry.hasDraft ? ` ${t('hasDraft')}` : ''}
      </p>
      {done ? (
        <div
          role={done === 'published' ? 'status' : 'alert'}
          className={`notice ${done === 'published' ? 'notice-success' : 'notice-error'}`}
          data-testid="catalog-done"
        >
          {t(`done.${done === 'published' || done === 'stale' || done === 'noDraft' ? done : 'failed'}`, {
            version: view.entry.publishedVersion ?? 0,
          })}
        </div>
      ) : null}

      {item ? (
        <CatalogEditor
          key={`${code}@${view.entry.publishedVersion ?? 0}`}
          code={code}
          version={view.entry.version}
          item={item}
        />
      ) : null}

      {view.entry.hasDraft ? (
        <form action={publishCatalogItem} className="form" data-testid="catalog-publish-form">
          <h2>{t('publishHeading')}</h2>
          <p>{t('publishHint')}</p>
          <input type="hidden" name="code" value={code} />
          <input type="hidden" name="version" value={view.entry.version} />
          <button type="submit" className="button">
            {t('publish')}
          </button>
        </form>
      ) : null}

      <h2 id="catalog-versions">{t('versions')}</h2>
      {versions.length === 0 ? (
        <p>{t('noVersions')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="catalog-versions">
          <table className="table" data-testid="catalog-versions">
            <thead>
              <tr>
                <th scope="col">{t('version')}</th>
                <th scope="col">{t('publishedBy')}</th>
                <th scope="col">{t('publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v) => (
                <tr key={v.version}>
                  <td>
                    <Link
                      href={{ pathname: `/staff/catalog/${code}`, query: { version: v.version } }}
                      aria-current={v.version === shownVersion ? 'true' : undefined}
                    >
                      {t('versionN', { version: v.version })}
                    </Link>
                  </td>
                  <td>{v.publishedBy}</td>
                  <td>
                    <DateTime value={v.publishedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {old ? (
        <section aria-labelledby="catalog-version" data-testid="catalog-version">
          <h2 id="catalog-version">{t('versionHeading', { version: old.publishedVersion })}</h2>
          <p>
            {t('versionFacts', {
              name: inLocale(old.name, locale),
              promisedDays: old.timeLimits.promisedDays,
              online: old.online ? 'yes' : 'no',
            })}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="catalog-version">
            <table className="table" data-testid="catalog-version-fields">
              <thead>
                <tr>
                  <th scope="col">{t('fieldKey')}</th>
                  <th scope="col">{t('labelZh')}</th>
                  <th scope="col">{t('fieldKind')}</th>
                  <th scope="col">{t('required')}</th>
                </tr>
              </thead>
              <tbody>
                {old.form.sections.flatMap((section) =>
                  section.fields.map((field) => (
                    <tr key={`${section.id}.${field.id}`}>
                      <td>{field.id}</td>
                      <td>{field.label.zh}</td>
                      <td>{t(`kinds.${field.type}`)}</td>
                      <td>{field.required ? t('yes') : t('no')}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
