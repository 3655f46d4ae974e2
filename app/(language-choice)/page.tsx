import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { pagePath } from '@/i18n/paths';

export async function generateMetadata() {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'Site' });
  return { title: t('name') };
}

/**
 * `/` of the static export: both languages to choose from. In server mode proxy.ts redirects `/`
 * before this page is reached; in the export, scripts/export adds the small script that picks the
 * visitor's language, and nginx redirects by Accept-Language instead.
 */
export default async function LanguageChoicePage() {
  const choices = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: 'LanguageChoice' }) })),
  );
  const site = await getTranslations({ locale: routing.defaultLocale, namespace: 'Site' });
  return (
    <main className="mx-auto max-w-2xl space-y-8 px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight text-eu">{site('name')}</h1>
      {choices.map(({ locale, t }) => (
        <p key={locale} lang={locale} className="text-lg">
          {t('prompt')}{' '}
          <a href={pagePath(locale, '')} hrefLang={locale} className="font-semibold text-eu underline">
            {t('link')}
          </a>
        </p>
      ))}
    </main>
  );
}
