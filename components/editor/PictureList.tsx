import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { describeIssue } from '@/lib/content';
import type { LibraryPicture } from '@/lib/editor/picture-library';
import { imageAttributes } from '@/lib/pictures/variants';
import { TableHead } from './TableHead';

/** Each picture with a small view of it (as the site serves it), where it is used, and a delete button. */
export async function PictureList({ lang, pictures }: { lang: Locale; pictures: LibraryPicture[] }) {
  const t = await getTranslations({ locale: lang, namespace: 'Editor.pictures' });
  if (pictures.length === 0) return <p>{t('empty')}</p>;
  return (
    <table className="w-full border-collapse text-left">
      <TableHead labels={[t('name'), t('usedIn'), null]} cellClassName="py-2 pr-4" />
      <tbody>
        {pictures.map(({ picture, problems, ...entry }) => {
          const problem = problems[0] && describeIssue({ severity: 'error', file: '', ...problems[0] }, lang).problem;
          return (
            <tr key={entry.name} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                {picture && (
                  // eslint-disable-next-line @next/next/no-img-element -- the site's own processed files
                  <img {...imageAttributes(picture, '8rem', true)} alt="" className="mb-1 h-20 w-32 object-contain" />
                )}
                <code>{entry.name}</code>
                {problem && <p className="text-danger">{t('problem', { message: problem })}</p>}
              </th>
              <td className="py-2 pr-4">
                {entry.uses.length === 0 ? (
                  t('unused')
                ) : (
                  <ul>
                    {entry.uses.map((use) => (
                      <li key={use.file}>
                        <a href={`/edit/${lang}/${use.folder}/${use.key}`} className="text-accent underline">
                          {use.file}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="py-2">
                <form action="/edit/api/pictures/delete" method="post">
                  <input type="hidden" name="lang" value={lang} />
                  <input type="hidden" name="name" value={entry.name} />
                  <button type="submit" className="rounded border border-danger px-3 py-1 text-danger">
                    {t('delete', { name: entry.name })}
                  </button>
                </form>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
