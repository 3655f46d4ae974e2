import { routing, type Locale } from '@/i18n/routing';
import type { EntryChange, EntryName } from './commit-message';
import { compareVersions, fileParts } from './compare';

/** An entry's files and their texts by path (`content/<folder>/<key>.<locale>.md`); null where a file is absent. */
export type EntryTexts = Readonly<Record<string, string | null>>;

const markdownFile = /^content\/([a-z]+)\/([a-z0-9-]+)\.([a-z]{2})\.md$/;

/** The fields an entry is known by, first one present wins: a page's menu title, a partner's city. */
const nameFields: Record<string, string[]> = {
  pages: ['menuTitle', 'title'],
  partners: ['city', 'name'],
  contacts: ['name'],
  materials: ['title'],
  project: ['shortName', 'name'],
};

/**
 * What a save changes, from the texts of the entry's files before it and the files it writes (null: deleted; a file
 * not named in `after` stays as it was). Files other than the entry's Markdown files are left out.
 */
export function entryChange(before: EntryTexts, after: EntryTexts): EntryChange {
  const files = languageFiles({ ...before, ...after });
  const final = (file: string) => (file in after ? after[file] : (before[file] ?? null));
  const languages: Locale[] = [];
  const fields = new Set<string>();
  const change = { body: false, addedLanguages: [] as Locale[], removedLanguages: [] as Locale[] };
  for (const [file, locale] of files) {
    const old = before[file] ?? null;
    const now = final(file);
    if (old === now) continue;
    languages.push(locale);
    if (old === null) change.addedLanguages.push(locale);
    else if (now === null) change.removedLanguages.push(locale);
    else {
      const comparison = compareVersions(old, now);
      for (const field of comparison.fields) if (field.changed) fields.add(field.name);
      if (comparison.body.some((part) => part.added || part.removed)) change.body = true;
    }
  }
  const kind = files.every(([file]) => (before[file] ?? null) === null)
    ? 'created'
    : files.every(([file]) => final(file) === null)
      ? 'deleted'
      : 'changed';
  // A deleted entry is still known by the name it had.
  const latest = Object.fromEntries(files.map(([file]) => [file, final(file) ?? before[file] ?? null]));
  return { ...entryName(latest), kind, languages, fields: [...fields], ...change };
}

/** The entry's collection and name, read from its German file (or the first one that exists). */
export function entryName(texts: EntryTexts): EntryName {
  const files = languageFiles(texts);
  const [, folder, key] = markdownFile.exec(files[0]?.[0] ?? '') ?? [];
  if (!folder) throw new Error(`Not an entry's files: ${Object.keys(texts).join(', ')}`);
  for (const [file] of files) {
    const { data } = fileParts(texts[file]);
    const name = (nameFields[folder] ?? []).map((field) => data[field]).find((value) => typeof value === 'string');
    if (typeof name === 'string') return { folder, name };
  }
  return { folder, name: key };
}

/** The Markdown files among `texts`, in the site's order of languages. */
function languageFiles(texts: EntryTexts): [string, Locale][] {
  const found = Object.keys(texts).flatMap((file) => {
    const locale = markdownFile.exec(file)?.[3] as Locale | undefined;
    return locale && routing.locales.includes(locale) ? [[file, locale] as [string, Locale]] : [];
  });
  return found.sort((a, b) => routing.locales.indexOf(a[1]) - routing.locales.indexOf(b[1]));
}
