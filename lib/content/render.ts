import path from 'node:path';
import type { Locale } from '../../i18n/routing';
import type { ContentIssue, IssueCode, IssueParams } from './issues';
import { checkMarkdown, renderMarkdown } from './markdown';
import type { IndexedPage } from './page-index';
import type { ContentSource } from './source';

/** A page of the content index, ready to show. */
export interface Page extends Omit<IndexedPage, 'body' | 'bodyOffset'> {
  html: string;
  /** `updated` from the front matter, else the date of the file's last commit. */
  lastModified?: string;
}

export interface RenderContext {
  index: IndexedPage[];
  source: ContentSource;
  /** Keys of draft pages, which published pages must not link to. */
  draftKeys: Set<string>;
  commitDate: (file: string) => string | undefined;
}

type Report = (code: IssueCode, line: number | undefined, params?: IssueParams) => void;

/** Renders every page's Markdown; problems in it are reported at their line in the file. */
export function renderPages(context: RenderContext, issues: ContentIssue[]): Page[] {
  return context.index.map(({ body, bodyOffset, ...page }) => ({
    ...page,
    lastModified: page.updated ?? context.commitDate(page.file),
    html: renderMarkdown(body, pageHooks({ ...page, bodyOffset }, context, issues)),
  }));
}

/** The same checks of every page's Markdown as `renderPages`, without making HTML. */
export function checkPages(context: RenderContext, issues: ContentIssue[]): void {
  for (const { body, ...page } of context.index) checkMarkdown(body, pageHooks(page, context, issues));
}

function pageHooks(page: Omit<IndexedPage, 'body'>, context: RenderContext, issues: ContentIssue[]) {
  const report: Report = (code, line, params) =>
    issues.push({ severity: 'error', file: page.file, line: line && line + page.bodyOffset, code, params });
  return { report, resolveLink: linkResolver(page, context, report) };
}

/** Lets staff link by page key (`page:contact`) and catches links that lead nowhere. */
function linkResolver(page: { locale: Locale; draft: boolean }, { index, source, draftKeys }: RenderContext, report: Report) {
  return (href: string, kind: 'link' | 'image', line: number | undefined) => {
    const [target, hash = ''] = href.split('#', 2);
    if (kind === 'link' && target.startsWith('page:')) {
      const key = target.slice('page:'.length);
      const linked = index.find((other) => other.key === key && other.locale === page.locale);
      // A page whose own file has errors is reported there, not again at every link to it.
      const reportedElsewhere = source.size(`content/pages/${key}.${page.locale}.md`) !== undefined && !draftKeys.has(key);
      if (draftKeys.has(key) && !page.draft) report('link_to_draft', line, { value: href });
      else if (!linked && !reportedElsewhere) report('unknown_page_key', line, { value: href });
      if (!linked) return '';
      return hash ? `${linked.path}#${hash}` : linked.path;
    }
    if (!target.startsWith('/') || target.startsWith('//')) return undefined;
    const linked = index.find((other) => other.path === target.replace(/\/$/, ''));
    if (kind === 'link' && linked) {
      if (linked.locale !== page.locale) report('link_other_language', line, { value: href });
      return undefined;
    }
    if (!isPublicFile(source, target)) report('broken_link', line, { value: href });
    return undefined;
  };
}

/** Whether an address like /materials/bericht.pdf names a file under public/ (and nothing outside it). */
function isPublicFile(source: ContentSource, target: string): boolean {
  try {
    const file = path.posix.normalize(`public/${decodeURIComponent(target.split('?')[0])}`);
    return file.startsWith('public/') && source.size(file) !== undefined;
  } catch {
    return false;
  }
}
