import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { EntrySummary } from '@/lib/editor/entries';
import { TableHead } from './TableHead';

/** One collection: each entry with its languages and what the content check says about it. */
export async function EntryTable({ lang, folder, entries }: { lang: Locale; folder: string; entries: EntrySummary[] }) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor' });
  const languageName = (locale: Locale) => new Intl.DisplayNames([lang], { type: 'language' }).of(locale) ?? locale;
  const heading = `collection-${folder}`;
  return (
    <section aria-labelledby={heading} className="mb-8">
      <h2 id={heading} className="mb-2 text-2xl font-semibold">
        {t(`collections.${folder}` as 'collections.pages')}
      </h2>
      <table className="w-full border-collapse text-left">
        <TableHead labels={[t('list.entry'), t('list.languages'), t('list.status')]} cellClassName="py-1 pr-4" />
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.key} className="border-b border-line" data-entry={`${folder}/${entry.key}`}>
              <td className="py-1 pr-4">
                <a href={`/edit/${lang}/${folder}/${entry.key}`} className="text-accent underline">
                  {entry.title}
                </a>{' '}
                <span className="text-sm text-muted">({entry.key})</span>
              </td>
              <td className="py-1 pr-4">{entry.languages.map((locale) => locale.toUpperCase()).join(' · ')}</td>
              <td className="py-1" data-status>
                <Status entry={entry} languageName={languageName} t={t} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Status({
  entry,
  languageName,
  t,
}: {
  entry: EntrySummary;
  languageName: (locale: Locale) => string;
  t: Awaited<ReturnType<typeof getTranslations<'Editor'>>>;
}) {
  const notes = [
    ...entry.missing.map((locale) => t('list.missing', { language: languageName(locale) })),
    ...entry.outdated.map((locale) => t('list.outdated', { language: languageName(locale) })),
    ...(entry.errors ? [t('list.errors', { count: entry.errors })] : []),
    ...(entry.warnings ? [t('list.warnings', { count: entry.warnings })] : []),
  ];
  return <>{notes.length ? notes.join(' · ') : t('list.ok')}</>;
}
