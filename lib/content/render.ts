import type { ContentIssue } from './issues';
import type { LinkTargets, Report } from './links';
import type { IndexedPage, PageMarkdown } from './page-index';
import type { PictureCatalog } from './pictures';
import { renderRemembered } from './remembered-render';

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
  pictures: PictureCatalog;
}

/** Renders every page's Markdown; problems in it are reported at their line in the file. */
export function renderPages({ index, links, commitDate, pictures }: RenderContext, issues: ContentIssue[]): Page[] {
  return index.map(({ body, bodyOffset, ...page }) => ({
    ...page,
    lastModified: page.updated ?? commitDate(page.file),
    html: renderBody({ ...page, body, bodyOffset }, { links, pictures }, issues),
  }));
}

/** The Markdown of pages held back from the index, checked all the same: one run reports every problem. */
export function checkHeldBack(pages: PageMarkdown[], targets: Targets, issues: ContentIssue[]) {
  for (const page of pages) renderBody(page, targets, issues);
}

type Targets = Pick<RenderContext, 'links' | 'pictures'>;

/** A page's Markdown as HTML; problems in it are reported at their line in the file. */
function renderBody(page: PageMarkdown, { links, pictures }: Targets, issues: ContentIssue[]): string {
  const report: Report = (code, line, params) =>
    issues.push({ severity: 'error', file: page.file, line: line && line + page.bodyOffset, code, params });
  const lookupsFor = (report: Report) => ({
    resolveLink: links.resolver(page, report),
    resolvePicture: (name: string, line: number | undefined) =>
      pictures.use(name, (code, params) => report(code, line, params)),
  });
  return renderRemembered(page.file, page.body, page.lineBreaks, lookupsFor, report);
}
