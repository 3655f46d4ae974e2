import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import type { IssueCode, IssueParams } from './issues';
import type { LinkResolver } from './markdown';
import type { IndexedPage } from './page-index';
import type { ContentSource } from './source';

export type Report = (code: IssueCode, line: number | undefined, params?: IssueParams) => void;

/** Where links by page key (`page:contact`) and by path lead; built once per site, so that each link is one lookup. */
export class LinkTargets {
  private readonly byKey = new Map<string, IndexedPage>();
  private readonly byPath = new Map<string, IndexedPage>();

  constructor(
    index: IndexedPage[],
    private readonly source: ContentSource,
    /** Keys of draft pages, which published pages must not link to. */
    private readonly draftKeys: Set<string>,
  ) {
    for (const page of index) {
      this.byKey.set(`${page.locale}/${page.key}`, page);
      this.byPath.set(page.path, page);
    }
  }

  /** Rewrites `page:` links to addresses and reports links that lead nowhere, from a page in `page.locale`. */
  resolver(page: { locale: Locale; draft: boolean }, report: Report): LinkResolver {
    return (href, kind, line) => {
      const [target, hash = ''] = href.split('#', 2);
      if (kind === 'link' && target.startsWith('page:')) {
        // `page:contact` is the page in the same language; `page:easy-language.de` names the language, for a page
        // that exists in one language only.
        const [key, language = page.locale] = target.slice('page:'.length).split('.', 2);
        const locale = routing.locales.find((candidate) => candidate === language);
        const problem = locale ? this.problemWithKey(key, locale, page) : 'unknown_page_key';
        if (problem) report(problem, line, { value: href });
        const linked = this.byKey.get(`${locale}/${key}`);
        if (!linked) return '';
        return hash ? `${linked.path}#${hash}` : linked.path;
      }
      if (!target.startsWith('/') || target.startsWith('//')) return undefined;
      const linked = this.byPath.get(target.replace(/\/$/, ''));
      if (kind === 'link' && linked) {
        if (linked.locale !== page.locale) report('link_other_language', line, { value: href });
      } else if (!this.isPublicFile(target)) {
        report('broken_link', line, { value: href });
      }
      return undefined;
    };
  }

  private problemWithKey(key: string, locale: Locale, page: { draft: boolean }): IssueCode | undefined {
    if (this.draftKeys.has(key)) return page.draft ? undefined : 'link_to_draft';
    if (this.byKey.has(`${locale}/${key}`)) return undefined;
    // A page whose own file has errors is reported there, not again at every link to it.
    return this.source.size(`content/pages/${key}.${locale}.md`) === undefined ? 'unknown_page_key' : undefined;
  }

  /** Whether an address like /materials/bericht.pdf names a file under public/ (and nothing outside it). */
  private isPublicFile(target: string): boolean {
    try {
      const file = path.posix.normalize(`public/${decodeURIComponent(target.split('?')[0])}`);
      return file.startsWith('public/') && this.source.size(file) !== undefined;
    } catch {
      return false;
    }
  }
}
