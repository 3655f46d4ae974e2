import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { routing, type Locale } from '@/i18n/routing';

/**
 * The editor's frame: its name, the switch to the other UI language (same place), and the content. Its landmarks
 * are named, so that they stay apart from the unnamed ones of the site page in the preview.
 */
export async function EditorShell({ lang, path, children }: { lang: Locale; path: string; children: ReactNode }) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const other = routing.locales.find((locale) => locale !== lang) ?? routing.defaultLocale;
  return (
    <>
      <title>{t('title')}</title>
      <header aria-label={t('title')} className="border-b-4 border-accent bg-page">
        <div className="mx-auto flex max-w-7xl items-center justify-between gap-4 px-4 py-3">
          <a href={`/edit/${lang}`} className="text-xl font-bold text-accent">
            {t('title')}
          </a>
          <a
            href={`/edit/${other}${path}`}
            hrefLang={other}
            lang={other}
            title={t('otherLanguageLong')}
            className="rounded border border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent hover:text-on-accent"
          >
            {t('otherLanguage')}
          </a>
        </div>
      </header>
      <main id="main" aria-label={t('title')} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
