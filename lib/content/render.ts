import type { ContentIssue } from './issues';
import type { LinkTargets, Report } from './links';
import { renderMarkdown, type Inspection } from './markdown';
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

/**
 * The same checks as `renderPages`, without making HTML: what each page's Markdown holds (`inspect`, which may
 * remember it for unchanged text) is checked against the current site.
 */
export function checkPages(
  { index, links }: RenderContext,
  issues: ContentIssue[],
  inspect: (markdown: string) => Inspection,
): void {
  for (const page of index) {
    const report = reporter(page.file, page.bodyOffset, issues);
    const { problems, links: targets } = inspect(page.body);
    for (const problem of problems) report(problem.code, problem.line, problem.params);
    const resolve = links.resolver(page, report);
    for (const target of targets) resolve(target.href, target.kind, target.line);
  }
}

/** Problems in a page's Markdown, reported at their line in the file. */
function reporter(file: string, bodyOffset: number, issues: ContentIssue[]): Report {
  return (code, line, params) =>
    issues.push({ severity: 'error', file, line: line && line + bodyOffset, code, params });
}
