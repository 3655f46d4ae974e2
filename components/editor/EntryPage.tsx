import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { routing, type Locale } from '@/i18n/routing';
import { contentRoot } from '@/lib/content';
import { uploadFields } from '@/lib/editor/collections';
import { checkEntry } from '@/lib/editor/check-entry';
import { changedTexts, type LoadedEntry } from '@/lib/editor/entry';
import { keepForPreview } from '@/lib/editor/previews';
import { checkSaved } from '@/lib/editor/saved-content';
import { EditorShell } from './EditorShell';
import { EntryEditor } from './EntryEditor';

/** One entry in both languages: the form (a client component: an interactive tool used locally by staff) and the previews. */
export async function EntryPage({ lang, entry }: { lang: Locale; entry: LoadedEntry }) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const messages = await getMessages({ locale: lang });
  const root = contentRoot();
  const overrides = changedTexts(entry, entry.form);
  // A new entry is empty: it is checked from the first change on, not shown as a list of missing fields.
  const result = entry.ref.isNew ? undefined : checkEntry(root, entry, overrides, lang).result;
  const pages = checkSaved(root).site?.pages ?? [];
  const pageKeys = Object.fromEntries(
    routing.locales.map((locale) => [
      locale,
      pages.filter((page) => page.locale === locale).map((page) => ({ key: page.key, title: page.title })),
    ]),
  ) as Record<Locale, { key: string; title: string }[]>;
  const path = `/${entry.ref.folder}/${entry.ref.key}`;
  return (
    <EditorShell lang={lang} path={entry.ref.isNew ? '' : path}>
      <p className="mb-2 flex flex-wrap gap-x-6">
        <a href={`/edit/${lang}`} className="text-accent underline">
          {t('entry.back')}
        </a>
        {!entry.ref.isNew && (
          <a href={`/edit/${lang}/history${path}`} title={t('history.linkLong')} className="text-accent underline">
            {t('history.link')}
          </a>
        )}
      </p>
      <NextIntlClientProvider
        locale={lang}
        messages={{ Editor: messages.Editor, ContentFields: messages.ContentFields }}
      >
        <EntryEditor
          lang={lang}
          entry={entry.ref}
          fields={entry.fields}
          hasBody={entry.spec.hasBody}
          uploadField={uploadFields[entry.ref.folder]}
          initialForm={entry.form}
          initialVersions={entry.versions}
          initialCheck={result && { ...result, preview: result.errors === 0 ? keepForPreview(overrides) : undefined }}
          pageKeys={pageKeys}
        />
      </NextIntlClientProvider>
    </EditorShell>
  );
}
