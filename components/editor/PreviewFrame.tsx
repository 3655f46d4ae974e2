'use client';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { EntryRef } from '@/lib/editor/types';

/** The site's own page in one language, rendered from the unsaved text the last error-free check kept. */
export function PreviewFrame({ lang, locale, entry, token }: { lang: Locale; locale: Locale; entry: EntryRef; token?: string }) {
  const t = useTranslations('Editor.entry');
  const language = new Intl.DisplayNames([lang], { type: 'language' }).of(locale) ?? locale;
  const heading = t('preview', { language });
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  return (
    <section aria-labelledby={`preview-${locale}`} className="min-w-0">
      <h2 id={`preview-${locale}`} className="text-xl font-semibold">
        {heading}
      </h2>
      <p className="mb-2 text-sm text-slate-700">{t('previewHelp')}</p>
      <iframe
        title={heading}
        src={`/edit/${locale}/preview/${entry.folder}/${entry.key}${query}`}
        className="h-[40rem] w-full rounded border border-slate-400"
        data-preview={locale}
      />
    </section>
  );
}
