import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { regionalLocales, routing, type Locale } from '@/i18n/routing';
import { findAlternates, findTranslations, type Page, type Site } from '@/lib/content';

const ogLocale = (locale: Locale) => regionalLocales[locale].replace('-', '_');

/** Title, description, canonical, hreflang and sharing tags of a page, all from the content index. */
export async function pageMetadata(site: Site, page: Page): Promise<Metadata> {
  const t = await getTranslations({ locale: page.locale, namespace: 'Site' });
  const title = t('titleTemplate', { title: page.menuTitle });
  const translations = findTranslations(site, page.key);
  const otherLocales = routing.locales.filter((locale) => locale !== page.locale && translations[locale]);
  return {
    title: { absolute: title },
    description: page.description,
    alternates: { canonical: page.path, languages: findAlternates(site, page.key) },
    robots: page.draft ? { index: false } : undefined,
    openGraph: {
      type: 'website',
      siteName: t('name'),
      title,
      description: page.description,
      url: page.path,
      locale: ogLocale(page.locale),
      alternateLocale: otherLocales.map(ogLocale),
    },
    twitter: { card: 'summary_large_image', title, description: page.description },
  };
}
