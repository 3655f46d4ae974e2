import { createTranslator } from 'next-intl';
import { stringify } from 'yaml';
import { routing } from '../../i18n/routing';
import de from '../../messages/de.json';
import en from '../../messages/en.json';
import { examplesFor, type CollectionSpec } from './collection-spec';
import { kebabCase } from './fields';
import * as schemas from './schemas';

export const scaffoldKinds = { page: schemas.pages, partner: schemas.partners, material: schemas.materials } as const;
export type ScaffoldKind = keyof typeof scaffoldKinds;

/** Whether a name can be an entry's key, i.e. the first part of its file names. */
export const isEntryKey = (key: string) => kebabCase.test(key);

const catalogs = { de, en };

/** The German and English files for a new entry: every field with an example and a comment saying what it is for. */
export function scaffoldFiles(kind: ScaffoldKind, key: string): Record<string, string> {
  const spec: CollectionSpec = scaffoldKinds[kind];
  const files: Record<string, string> = {};
  for (const locale of routing.locales) {
    const t = createTranslator({ locale, messages: catalogs[locale], namespace: 'ContentFields' });
    // Shared facts are written once, in the German file.
    const examples = locale === routing.defaultLocale ? examplesFor(spec, locale) : spec.examples[locale];
    const lines = Object.entries(examples).map(([field, example]) => {
      const help = t(`${spec.folder}.${field}` as 'pages.title');
      return `${field}: ${stringify(example, { schema: 'core', lineWidth: 0 }).trim()} # ${help}`;
    });
    const body = spec.hasBody ? `\n${t('bodyExample')}\n` : '';
    files[`content/${spec.folder}/${key}.${locale}.md`] = `---\n${lines.join('\n')}\n---\n${body}`;
  }
  return files;
}
