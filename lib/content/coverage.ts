import { byLocale, routing, type Locale } from '../../i18n/routing';
import type { FileHistory } from './file-history';
import type { ContentIssue } from './issues';
import type { Collections } from './load';
import type { PageEntry } from './page-index';
import { allCollections } from './schemas';
import type { ContentSource } from './source';

export interface Coverage {
  /** Markdown files read. */
  files: number;
  /** Pages (drafts included) that exist in each language, of all pages. */
  pages: Record<Locale, number>;
  total: number;
  /** Pages missing in some language: the file that exists and the languages that do not. */
  untranslated: { file: string; missing: Locale[] }[];
}

/**
 * Which page exists in which language, and translations that may lag behind their German original. Only the content
 * check and the editor ask for it: it needs the history of every file.
 */
export function measureCoverage(
  collections: Collections,
  source: ContentSource,
  history: FileHistory,
  issues: ContentIssue[],
): Coverage {
  const lastChange = (file: string) =>
    (source.isEdited(file) ? undefined : history.committedChange(file)) ?? source.modifiedAt(file);
  const pages = byLocale(() => 0);
  const untranslated: Coverage['untranslated'] = [];
  for (const entry of collections.pages) {
    const missing = routing.locales.filter((locale) => !entry.versions[locale]);
    if (missing.length) untranslated.push({ file: entry.baseFile, missing });
    for (const locale of routing.locales) if (entry.versions[locale]) pages[locale]++;
    warnOutdatedTranslations(entry, lastChange, issues);
  }
  const files = allCollections.reduce((count, spec) => count + source.listMarkdown(`content/${spec.folder}`).length, 0);
  return { files, pages, total: collections.pages.length, untranslated };
}

function warnOutdatedTranslations(entry: PageEntry, lastChange: (file: string) => number, issues: ContentIssue[]) {
  const original = entry.versions[routing.defaultLocale];
  if (!original) return;
  for (const locale of routing.locales) {
    const version = entry.versions[locale];
    if (locale === routing.defaultLocale || !version) continue;
    if (lastChange(original.file) > lastChange(version.file)) {
      issues.push({
        severity: 'warning',
        file: version.file,
        line: 1,
        code: 'translation_outdated',
        params: { original: original.file },
      });
    }
  }
}
