'use client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { routing, type Locale } from '@/i18n/routing';

export type AltTexts = Record<Locale, string>;

/**
 * A picture for this entry: a preview of the chosen file, its alt text in both languages, then the upload. With
 * JavaScript it answers with the safe name the file got and `onUploaded` puts the reference in; without, the form itself
 * goes to the server, which leads to the list of pictures with the reference to paste (as it does on that list itself,
 * where there is no `onUploaded`).
 */
export function UploadPicture({
  lang,
  onUploaded,
}: {
  lang: Locale;
  onUploaded?: (name: string, alt: AltTexts) => void;
}) {
  const t = useTranslations('Editor.pictures');
  const id = useId();
  const [preview, setPreview] = useState<string>();
  const [message, setMessage] = useState('');
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = new FormData(event.currentTarget);
    const response = await fetch('/edit/api/pictures', {
      method: 'POST',
      body,
      headers: { Accept: 'application/json' },
    }).catch(() => undefined);
    const answer = (await response?.json().catch(() => ({}))) as {
      uploaded?: string;
      error?: string;
      message?: string;
    };
    if (!response?.ok || !answer?.uploaded) {
      setMessage(t('refused', { reason: answer?.error ?? 'other', message: answer?.message ?? '' }));
      return;
    }
    const alt = Object.fromEntries(routing.locales.map((locale) => [locale, String(body.get(`alt-${locale}`))]));
    onUploaded?.(answer.uploaded, alt as AltTexts);
    setMessage(t('uploaded', { file: answer.uploaded }));
  }

  return (
    <form
      action="/edit/api/pictures"
      method="post"
      encType="multipart/form-data"
      noValidate
      onSubmit={onUploaded && upload}
      aria-labelledby={`${id}-heading`}
      className="mb-6 rounded-lg border border-line bg-surface p-4"
    >
      <h2 id={`${id}-heading`} className="mb-2 text-lg font-semibold">
        {t('upload')}
      </h2>
      <input type="hidden" name="lang" value={lang} />
      <div className="flex flex-wrap items-start gap-4">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
            {t('file')}
          </label>
          <input
            id={`${id}-file`}
            name="picture"
            type="file"
            accept=".jpg,.jpeg,.png,.webp,.svg"
            aria-describedby={`${id}-help`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              setPreview(file ? URL.createObjectURL(file) : undefined);
            }}
          />
          <p id={`${id}-help`} className="text-sm text-muted">
            {t('help')}
          </p>
        </div>
        {preview && (
          // eslint-disable-next-line @next/next/no-img-element -- a local file before upload, shown as it is
          <img src={preview} alt={t('preview')} className="h-24 w-auto rounded border border-line object-contain" />
        )}
      </div>
      {routing.locales.map((locale) => (
        <div key={locale} className="mt-2">
          <label htmlFor={`${id}-alt-${locale}`} className="block text-sm font-semibold">
            {t('alt', { language: locale })}
          </label>
          <input
            id={`${id}-alt-${locale}`}
            name={`alt-${locale}`}
            lang={locale}
            aria-required
            className="w-full max-w-xl rounded border border-muted px-2 py-1"
          />
        </div>
      ))}
      <button type="submit" className="mt-3 rounded bg-accent px-3 py-1.5 font-semibold text-on-accent">
        {t(onUploaded ? 'submit' : 'submitHere')}
      </button>
      <p role="status" className="mt-2 text-sm font-semibold">
        {message}
      </p>
    </form>
  );
}
