import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { NoAccess } from '@/components/no-access';
import { api, isApiError } from '@/lib/api';
import type { Profile } from '@/lib/api-schemas';
import { formatInstant } from '@/lib/dates';
import { requireSession } from '@/lib/guards';
import { hasAnyRole, publicRoles } from '@/lib/roles';
import { AddAgentForm, BindEntityForm, RemoveAgentButton } from './entity-forms';
import { ProfileForm } from './profile-form';
import { RevealPanel } from './reveal-panel';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('Profile'))('title') };
}

/** My profile: personal data shown masked; full values only on request, one at a time. */
export default async function ProfilePage() {
  const session = await requireSession('/my/profile');
  const t = await getTranslations('Profile');
  if (!hasAnyRole(session.roles, publicRoles)) return <NoAccess />;
  let profile: Profile | undefined;
  const [format, entity] = await Promise.all([
    getFormatter(),
    api.getEntityBinding(),
    api.getProfile().then(
      (read) => {
        profile = read;
      },
      (error: unknown) => {
        if (!isApiError(error, 404)) throw error;
      },
    ),
  ]);
  // Binding is for a real-name-verified person (citizen accounts); enterprise accounts see theirs only.
  const canBind = session.roles.includes('citizen');
  const none = <span className="muted">{t('notSet')}</span>;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <section aria-labelledby="profile-saved-title" className="panel">
        <h2 id="profile-saved-title">{t('savedTitle')}</h2>
        {profile ? (
          <>
            <dl className="details" data-testid="profile">
              <dt>{t('nameLabel')}</dt>
              <dd data-field="name">{profile.name}</dd>
              <dt>{t('phoneLabel')}</dt>
              <dd data-field="phone">{profile.phone ?? none}</dd>
              <dt>{t('idNumberLabel')}</dt>
              <dd data-field="idNumber">{profile.idNumber ?? none}</dd>
              <dt>{t('emailLabel')}</dt>
              <dd data-field="email">{profile.email ?? none}</dd>
            </dl>
            {profile.phone || profile.idNumber ? <RevealPanel key={profile.version} /> : null}
          </>
        ) : (
          <p>{t('empty')}</p>
        )}
      </section>
      <section aria-labelledby="profile-edit-title">
        <h2 id="profile-edit-title">{t('editTitle')}</h2>
        <ProfileForm
          version={profile?.version ?? 0}
          name={profile?.name ?? ''}
          email={profile?.email ?? ''}
          hasPhone={profile?.phone !== undefined}
          hasIdNumber={profile?.idNumber !== undefined}
        />
      </section>
      <section aria-labelledby="entity-title" className="panel" data-testid="entity-binding">
        <h2 id="entity-title">{t('entityTitle')}</h2>
        <p>{t('entityIntro')}</p>
        <p data-testid="entity-current">
          {entity.binding
            ? t('entityBound', {
                name: entity.binding.entityName,
                code: entity.binding.creditCode,
                role: t(entity.binding.role === 'representative' ? 'roleRepresentative' : 'roleAgent'),
              })
            : t('entityNone')}
        </p>
        {canBind ? <BindEntityForm /> : null}
        {entity.binding?.role === 'representative' ? (
          <>
            <h3>{t('agentsTitle')}</h3>
            {entity.agents.length > 0 ? (
              <ul data-testid="entity-agents">
                {entity.agents.map((agent) => (
                  <li key={agent.agentId}>
                    {t('agentAddedAt', {
                      id: agent.idNumberMasked,
                      time: formatInstant(format, agent.addedAt),
                    })}{' '}
                    <RemoveAgentButton agentId={agent.agentId} idNumberMasked={agent.idNumberMasked} />
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('agentsNone')}</p>
            )}
            <AddAgentForm />
          </>
        ) : null}
      </section>
    </>
  );
}
