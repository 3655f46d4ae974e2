import type { ContentIssue } from './issues';
import type { LinkTargets, Report } from './links';
import { renderMarkdown } from './markdown';
import type { IndexedPage } from './page-index';

/** A page of the content index, ready to show. */
export interface Page extends Omit<IndexedPage, 'body' | 'bodyOffset'> {
  html: string;
  /** `updated` from the front matter, else the date of the file's last commit. */
  lastModified?: string;
}

export interface RenderContext {
  index: IndexedPage[];
  links: LinkTargets;
  commitDate: (file: string) => string | undefined;
}

/** Renders every page's Markdown; problems in it are reported at their line in the file. */
export function renderPages({ index, links, commitDate }: RenderContext, issues: ContentIssue[]): Page[] {
  return index.map(({ body, bodyOffset, ...page }) => {
    const report = reporter(page.file, bodyOffset, issues);
    return {
      ...page,
      lastModified: page.updated ?? commitDate(page.file),
      html: renderMarkdown(body, { report, resolveLink: links.resolver(page, report), lineBreaks: page.lineBreaks }),
    };
  });
}

/** Problems in a page's Markdown, reported at their line in the file. */
function reporter(file: string, bodyOffset: number, issues: ContentIssue[]): Report {
  return (code, line, params) =>
    issues.push({ severity: 'error', file, line: line && line + bodyOffset, code, params });
}
