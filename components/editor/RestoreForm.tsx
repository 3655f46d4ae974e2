import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LabelledField } from './LabelledField';

interface RestoreFormProps {
  lang: Locale;
  folder: string;
  keyName: string;
  version: string;
}

/** "Restore this version": a plain form, so that it works without the page's script; the note is optional. */
export async function RestoreForm({ lang, folder, keyName, version }: RestoreFormProps) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.history' });
  return (
    <section aria-labelledby="restore-heading" className="mt-6 rounded-lg border border-line bg-surface p-4">
      <h2 id="restore-heading" className="mb-2 text-xl font-semibold">
        {t('restoreHeading')}
      </h2>
      <p className="mb-3 max-w-3xl">{t('restoreHelp')}</p>
      <form method="post" action="/edit/api/restore">
        {Object.entries({ folder, key: keyName, version, lang }).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <LabelledField id="restore-note" label={t('restoreNote')}>
          <textarea
            id="restore-note"
            name="note"
            rows={2}
            maxLength={2000}
            className="mb-3 block w-full max-w-3xl rounded border border-muted bg-page p-2"
          />
        </LabelledField>
        <button type="submit" className="rounded bg-accent px-5 py-2 font-semibold text-on-accent">
          {t('restore')}
        </button>
      </form>
    </section>
  );
}
