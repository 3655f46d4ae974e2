'use client';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { entryAnchor, isAnchored } from '@/i18n/paths';
import { routing, type Locale } from '@/i18n/routing';
import type { EntryRef } from '@/lib/editor/types';
import { usePreviewInPlace } from './usePreviewInPlace';

interface PreviewFrameProps {
  lang: Locale;
  entry: EntryRef;
  /** The unsaved text the last error-free check kept. */
  token?: string;
  /** A version from the entry's history instead. */
  version?: string;
}

/**
 * The site's own page, rendered from the unsaved text the last error-free check kept (or from a version in the
 * entry's history), in one language at a time: two full pages side by side would put two of every landmark next to
 * the editor's own.
 */
export function PreviewFrame({ lang, entry, token, version }: PreviewFrameProps) {
  const t = useTranslations('Editor.entry');
  const history = useTranslations('Editor.history');
  const [locale, setLocale] = useState<Locale>(routing.defaultLocale);
  const languageName = (name: Locale) => new Intl.DisplayNames([lang], { type: 'language' }).of(name) ?? name;
  const query = token
    ? `?token=${encodeURIComponent(token)}`
    : version
      ? `?version=${encodeURIComponent(version)}`
      : '';
  // A partner, contact or material is shown where the page lists it, not at the top of that page.
  const anchor = isAnchored(entry.folder) ? `#${entryAnchor(entry.folder, entry.key)}` : '';
  return (
    <section aria-labelledby="preview-heading" className="mt-6">
      <h2 id="preview-heading" className="text-xl font-semibold">
        {version ? history('previewHeading') : t('previewHeading')}
      </h2>
      <p className="mb-2 text-sm text-muted">{version ? history('previewHelp') : t('previewHelp')}</p>
      <div role="group" aria-label={t('previewLanguage')} className="mb-2 flex gap-2">
        {routing.locales.map((name) => (
          <button
            key={name}
            type="button"
            aria-pressed={name === locale}
            onClick={() => setLocale(name)}
            className={`rounded border border-accent px-3 py-1 font-semibold ${name === locale ? 'bg-accent text-on-accent' : 'text-accent'}`}
          >
            {languageName(name)}
          </button>
        ))}
      </div>
      <PreviewDocument
        key={locale}
        locale={locale}
        title={t('preview', { language: languageName(locale) })}
        address={`/edit/${locale}/preview/${entry.folder}/${entry.key}${query}${anchor}`}
      />
    </section>
  );
}

/** One language's page; another language is another page, loaded anew. */
function PreviewDocument({ locale, title, address }: { locale: Locale; title: string; address: string }) {
  const { frame, src } = usePreviewInPlace(address);
  return (
    <iframe
      ref={frame}
      title={title}
      src={src}
      className="h-[40rem] w-full rounded border border-muted"
      data-preview={locale}
    />
  );
}
