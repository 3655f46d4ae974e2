import { createTranslator } from 'next-intl';
import { routing } from '../../i18n/routing';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import type { CollectionSpec } from './collection-spec';
import { kebabCase } from './fields';
import * as schemas from './schemas';

export const scaffoldKinds = { page: schemas.pages, partner: schemas.partners, material: schemas.materials } as const;
export type ScaffoldKind = keyof typeof scaffoldKinds;

/** Whether a name can be an entry's key, i.e. the first part of its file names. */
export const isEntryKey = (key: string) => kebabCase.test(key);

const catalogs = { de, en };

/**
 * The German and English files for a new entry: every field, left empty, with a comment saying what it is for. An empty
 * field counts as left out, so nothing in a new file can clash with another entry (an address, a menu position).
 */
export function scaffoldFiles(kind: ScaffoldKind, key: string): Record<string, string> {
  const spec: CollectionSpec = scaffoldKinds[kind];
  const files: Record<string, string> = {};
  for (const locale of routing.locales) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: 'ContentFields' });
    // Shared facts are written once, in the German file.
    const shared = locale === routing.defaultLocale ? Object.keys(spec.shared.shape) : [];
    const lines = [...shared, ...Object.keys(spec.localized.shape)].map(
      (field) => `${field}: # ${t(`${spec.folder}.${field}` as 'pages.title')}`,
    );
    const body = spec.hasBody ? `\n${t('bodyExample')}\n` : '';
    files[`content/${spec.folder}/${key}.${locale}.md`] = `---\n${lines.join('\n')}\n---\n${body}`;
  }
  return files;
}
