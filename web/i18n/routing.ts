import { defineRouting } from 'next-intl/routing';

/** Chinese first: zh-CN URLs carry no prefix (`/staff`), English ones do (`/en/staff`). */
export const routing = defineRouting({
  locales: ['zh-CN', 'en'],
  defaultLocale: 'zh-CN',
  localePrefix: 'as-needed',
});

export type AppLocale = (typeof routing.locales)[number];
