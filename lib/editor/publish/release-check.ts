import { checkContent, type ContentIssue } from '@/lib/content';
import { collections } from '@/lib/editor/collections';

/** The release check of `npm run content:check -- --release` on a content folder: errors and open placeholders. */
export function releaseProblems(contentFolder: string): ContentIssue[] {
  const { issues } = checkContent({ projectDir: contentFolder, includeDrafts: true, release: true });
  return issues.filter((issue) => issue.severity === 'error');
}

/** The editor's page of the entry a content file belongs to (`content/pages/goals.de.md`), if it has one. */
export function entryAddress(file: string, lang: string): string | undefined {
  const match = /^content\/([a-z-]+)\/([a-z0-9-]+)\.[a-z]{2}\.md$/.exec(file);
  if (!match || !collections.has(match[1])) return undefined;
  return `/edit/${lang}/${match[1]}/${match[2]}`;
}
