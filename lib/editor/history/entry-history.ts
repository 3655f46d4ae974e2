import { byLocale, routing, type Locale } from '@/i18n/routing';
import type { Overrides } from '@/lib/content';
import { entryFile } from '../paths';
import { readText } from '../store';
import { compareVersions, type Comparison } from './compare';
import { entryName, type EntryTexts } from './entry-change';
import type { EntryName } from './commit-message';
import { findVersion, listVersions, readVersion, type Version } from './versions';

/** An entry's Markdown files by language; the path guard refuses an unknown collection or a key that is no NAME. */
export const entryFiles = (folder: string, key: string): Record<Locale, string> =>
  byLocale((locale) => entryFile(folder, key, locale));

/** One language of a version beside the current text; languages absent in both are left out. */
export interface LanguageComparison extends Comparison {
  locale: Locale;
  file: string;
  existedThen: boolean;
  existsNow: boolean;
}

export interface EntryHistory extends EntryName {
  versions: Version[];
}

/** Every version of an entry, newest first, and the name it has now (or had last, when it was deleted). */
export async function entryHistory(root: string, folder: string, key: string): Promise<EntryHistory> {
  const files = Object.values(entryFiles(folder, key));
  const versions = await listVersions(root, files);
  const texts: EntryTexts = Object.fromEntries(files.map((file) => [file, readText(root, file)]));
  const present = files.some((file) => texts[file] !== null);
  const named = present || !versions[1] ? texts : await textsAt(root, files, versions[1].id);
  return { ...entryName(named), versions };
}

/** The entry's files as they were at `version`, for the preview; refused unless it is in the entry's history. */
export async function versionTexts(root: string, folder: string, key: string, version: string): Promise<Overrides> {
  return textsAt(root, Object.values(entryFiles(folder, key)), version);
}

/** A version of the entry (refused unless it is in its history) compared with the files as they are now. */
export async function compareWithCurrent(
  root: string,
  folder: string,
  key: string,
  version: string,
): Promise<{ version: Version; languages: LanguageComparison[] }> {
  const files = entryFiles(folder, key);
  const found = await findVersion(root, Object.values(files), version);
  const old = await textsAt(root, Object.values(files), version);
  const languages = routing.locales.flatMap((locale) => {
    const [was, is] = [old[files[locale]], readText(root, files[locale])];
    return was === null && is === null
      ? []
      : [
          {
            locale,
            file: files[locale],
            existedThen: was !== null,
            existsNow: is !== null,
            ...compareVersions(was, is),
          },
        ];
  });
  return { version: found, languages };
}

async function textsAt(root: string, files: string[], version: string): Promise<Overrides> {
  const texts = await Promise.all(files.map((file) => readVersion(root, files, version, file)));
  return Object.fromEntries(files.map((file, index) => [file, texts[index]]));
}
