import { routing, type Locale } from '@/i18n/routing';
import { parseFrontMatter } from '@/lib/content';
import { collections } from './collections';
import { entryName } from './entry-name';
import { entryFile } from './paths';
import { checkSaved } from './saved-content';
import { listEntryFiles, readText } from './store';

export interface EntrySummary {
  key: string;
  title: string;
  languages: Locale[];
  /** The content check's translation status: languages missing, and translations older than the German file. */
  missing: Locale[];
  outdated: Locale[];
  errors: number;
  warnings: number;
}

/** Every entry of every collection, with its languages and what `content:check` says about it. */
export function listEntries(root: string): { folder: string; entries: EntrySummary[] }[] {
  const { issues, coverage } = checkSaved(root);
  return [...collections.keys()].map((folder) => ({
    folder,
    entries: [...listEntryFiles(root, folder)].map(([key, found]) => {
      const languages = routing.locales.filter((locale) => found.includes(locale));
      const files = routing.locales.map((locale) => entryFile(folder, key, locale));
      const own = issues.filter((issue) => files.includes(issue.file));
      const untranslated = coverage.untranslated.find((item) => files.includes(item.file));
      return {
        key,
        title: entryTitle(root, files[routing.locales.indexOf(languages[0])]) ?? key,
        languages,
        missing: untranslated?.missing ?? [],
        outdated: routing.locales.filter((locale) =>
          own.some((issue) => issue.code === 'translation_outdated' && issue.file === entryFile(folder, key, locale)),
        ),
        errors: own.filter((issue) => issue.severity === 'error').length,
        warnings: own.filter((issue) => issue.severity === 'warning').length,
      };
    }),
  }));
}

function entryTitle(root: string, file: string | undefined): string | undefined {
  const text = file ? readText(root, file) : null;
  const parsed = text === null ? undefined : parseFrontMatter(text);
  return parsed && 'data' in parsed ? entryName(parsed.data) : undefined;
}
