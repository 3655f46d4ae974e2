import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { Version } from '@/lib/editor/history';
import { VersionDate } from './VersionDate';

/** An entry's versions, newest first: date (the link to view and compare it), author, what changed, the note. */
export async function VersionList({ lang, base, versions }: { lang: Locale; base: string; versions: Version[] }) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.history' });
  return (
    <table className="w-full border-collapse text-left">
      <caption className="sr-only">{t('tableCaption')}</caption>
      <thead>
        <tr className="border-b-2 border-line">
          {(['date', 'author', 'change', 'note'] as const).map((column) => (
            <th key={column} scope="col" className="p-2">
              {t(column)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {versions.map((version, index) => (
          <tr key={version.id} className="border-b border-line align-top" data-version={version.id}>
            <td className="p-2 whitespace-nowrap">
              <a href={`${base}/${version.id}`} className="text-accent underline">
                <VersionDate lang={lang} iso={version.date} />
              </a>
              {index === 0 && <span className="block text-sm font-semibold">{t('current')}</span>}
            </td>
            <td className="p-2">{version.author}</td>
            <td className="p-2">{version.subject}</td>
            <td className="p-2 whitespace-pre-line">{version.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
