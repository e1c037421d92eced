import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

const loaders = {
  'zh-CN': () => import('../messages/zh-CN.json'),
  en: () => import('../messages/en.json'),
} as const;

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await loaders[locale]()).default,
    // The district's own time zone, so server and browser render the same times.
    timeZone: 'Asia/Shanghai',
  };
});
