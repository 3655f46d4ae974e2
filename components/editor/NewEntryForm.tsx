import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

interface NewEntryFormProps {
  lang: Locale;
  kind: string;
  /** What was typed, when it cannot be a NAME: it stays in the field, with our message beside it. */
  value?: string;
  error?: string;
}

/**
 * A plain GET form (works without JavaScript): the key of the new entry, then the editor with an empty entry. The server
 * checks the key and answers with its own message in the UI language, never the browser's bubble.
 */
export async function NewEntryForm({ lang, kind, value, error }: NewEntryFormProps) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.new' });
  const id = `new-${kind}`;
  return (
    <form action={`/edit/${lang}/new/${kind}`} method="get" noValidate className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {t(`kinds.${kind}` as 'kinds.page')}: {t('key')}
      </label>
      <input
        id={id}
        name="key"
        defaultValue={value}
        aria-required
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        aria-invalid={error ? true : undefined}
        autoFocus={Boolean(error)}
        className="w-full rounded border border-muted px-2 py-1"
      />
      <p id={`${id}-help`} className="text-sm text-muted">
        {t('keyHelp')}
      </p>
      {error && (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {error}
        </p>
      )}
      <button type="submit" className="rounded bg-accent px-3 py-1.5 font-semibold text-on-accent">
        {t(`kinds.${kind}` as 'kinds.page')}
      </button>
    </form>
  );
}
