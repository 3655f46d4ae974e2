import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { routing, type Locale } from '@/i18n/routing';

export const frameButtonStyle =
  'rounded border border-accent px-3 py-1.5 font-semibold text-accent hover:bg-accent hover:text-on-accent';

interface EditorFrameProps {
  lang: Locale;
  /** The same page in the other UI language. */
  otherLanguageHref: (other: Locale) => string;
  /** What sits beside the language switch (who is signed in). */
  tools?: ReactNode;
  children: ReactNode;
}

/**
 * The editor's header and main area. Its landmarks are named, so that they stay apart from the unnamed ones of the
 * site page in the preview.
 */
export async function EditorFrame({ lang, otherLanguageHref, tools, children }: EditorFrameProps) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const other = routing.locales.find((locale) => locale !== lang) ?? routing.defaultLocale;
  return (
    <>
      <header aria-label={t('title')} className="border-b-4 border-accent bg-page">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <a href={`/edit/${lang}`} className="text-xl font-bold text-accent">
            {t('title')}
          </a>
          <div className="flex flex-wrap items-center gap-3">
            {tools}
            <a
              href={otherLanguageHref(other)}
              hrefLang={other}
              lang={other}
              title={t('otherLanguageLong')}
              className={frameButtonStyle}
            >
              {t('otherLanguage')}
            </a>
          </div>
        </div>
      </header>
      <main id="main" aria-label={t('title')} className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </>
  );
}
