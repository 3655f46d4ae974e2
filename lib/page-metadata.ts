import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { regionalLocales, routing, type Locale } from '@/i18n/routing';
import { findAlternates, findTranslations, type Page } from '@/lib/content';

const ogLocale = (locale: Locale) => regionalLocales[locale].replace('-', '_');

/** Title, description, canonical, hreflang and sharing tags of a page, all from the content index. */
export async function pageMetadata(page: Page): Promise<Metadata> {
  const t = await getTranslations({ locale: page.locale, namespace: 'Site' });
  const title = t('titleTemplate', { title: page.menuTitle });
  const otherLocales = routing.locales.filter((locale) => locale !== page.locale && findTranslations(page.key)[locale]);
  return {
    title: { absolute: title },
    description: page.description,
    alternates: { canonical: page.path, languages: findAlternates(page.key) },
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
