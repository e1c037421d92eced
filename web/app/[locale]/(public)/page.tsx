import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';

export default async function HomePage() {
  const t = await getTranslations('Home');
  const services = [
    { href: '/services', title: t('hallTitle'), text: t('hallText') },
    { href: '/scenarios', title: t('scenariosTitle'), text: t('scenariosText') },
    { href: '/outlets', title: t('outletsTitle'), text: t('outletsText') },
    { href: '/apply', title: t('applyTitle'), text: t('applyText') },
    { href: '/relief', title: t('reliefTitle'), text: t('reliefText') },
    { href: '/my/cases', title: t('myCasesTitle'), text: t('myCasesText') },
    { href: '/status', title: t('statusTitle'), text: t('statusText') },
    { href: '/notices', title: t('noticesTitle'), text: t('noticesText') },
    { href: '/staff', title: t('staffTitle'), text: t('staffText') },
  ];
  return (
    <>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
      </section>
      <section aria-labelledby="services-heading">
        <h2 id="services-heading">{t('servicesHeading')}</h2>
        <ul className="card-grid">
          {services.map((service) => (
            <li key={service.href} className="card">
              <Link href={service.href} className="card-link">
                <span className="card-title">{service.title}</span>
                <span className="card-text">{service.text}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="muted">{t('placeholder')}</p>
      </section>
    </>
  );
}
