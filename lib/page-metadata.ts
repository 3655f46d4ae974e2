import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { findTranslations, type Page } from '@/lib/content';

/** Title, description, canonical and hreflang of a page, all from the content index. */
export async function pageMetadata(page: Page): Promise<Metadata> {
  const t = await getTranslations({ locale: page.locale, namespace: 'Site' });
  const translations = findTranslations(page.key);
  const languages: Record<string, string> = {};
  for (const locale of routing.locales) {
    const translation = translations[locale];
    if (translation) languages[locale] = translation.path;
  }
  const fallback = translations[routing.defaultLocale] ?? page;
  languages['x-default'] = fallback.path;
  const title = page.template === 'home' ? t('name') : t('titleTemplate', { title: page.title });
  return {
    title: { absolute: title },
    description: page.description,
    alternates: { canonical: page.path, languages },
    robots: page.draft ? { index: false } : undefined,
  };
}
