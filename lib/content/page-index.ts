import { pagePath } from '../../i18n/paths';
import { routing, type Locale } from '../../i18n/routing';
import type { FieldsOf } from './collection-spec';
import type { ContentIssue } from './issues';
import type { EntryOf } from './validate';
import * as schemas from './schemas';

export type PageEntry = EntryOf<typeof schemas.pages>;

/** A page in one language, as the content index holds it, before its Markdown is rendered. */
export interface IndexedPage extends Omit<FieldsOf<typeof schemas.pages>, 'slug' | 'menuTitle'> {
  key: string;
  locale: Locale;
  /** Empty for the home page. */
  slug: string;
  path: string;
  menuTitle: string;
  file: string;
  body: string;
  bodyOffset: number;
}

/** What rendering a page's Markdown needs: its text, where it stands, and the settings it is read with. */
export type PageMarkdown = Pick<IndexedPage, 'locale' | 'draft' | 'lineBreaks' | 'file' | 'body' | 'bodyOffset'>;

/** A page that is not in the index (its fields or its address have errors): its address and Markdown are checked all the same. */
export interface HeldBackPage extends PageMarkdown {
  key: string;
  isHome: boolean;
  /** The slug as written (it may itself be wrong), and its line. */
  slug?: unknown;
  slugLine?: number;
}

/**
 * One page per entry and language, with its address; slugs must be unique per language, the home page has none.
 * A page whose address another page holds goes to `heldBack`; the addresses of pages already there (their fields
 * have errors) are checked too, so that one run reports every problem.
 */
export function indexPages(entries: PageEntry[], issues: ContentIssue[], heldBack: HeldBackPage[]): IndexedPage[] {
  const pages: IndexedPage[] = [];
  // By language and slug: the file of the page that already holds an address.
  const bySlug = new Map<string, string>();
  const failed = [...heldBack];
  const homes = new Set([
    ...entries.filter((entry) => entry.shared.template === 'home').map((entry) => entry.key),
    ...failed.filter((page) => page.isHome).map((page) => page.key),
  ]);
  if (homes.size !== 1)
    issues.push({ severity: 'error', file: 'content/pages', code: 'one_home', params: { count: homes.size } });
  for (const entry of entries) {
    for (const locale of routing.locales) {
      const version = entry.versions[locale];
      if (!version) continue;
      const { slug = '', title, menuTitle, description, lead } = version.fields;
      const { file, body, bodyOffset } = version;
      const page = { key: entry.key, locale, ...entry.shared, file, body, bodyOffset };
      const address = { ...page, isHome: entry.shared.template === 'home', slug, slugLine: version.keyLines.slug };
      if (!claimAddress(address, bySlug, issues)) {
        heldBack.push(address);
        continue;
      }
      pages.push({
        ...page,
        slug,
        path: pagePath(locale, slug),
        title,
        menuTitle: menuTitle ?? title,
        description,
        lead,
      });
    }
  }
  for (const page of failed) claimAddress(page, bySlug, issues);
  return pages;
}

/** Checks a page's address and takes it: false when another page in its language holds it already. */
function claimAddress(page: HeldBackPage, bySlug: Map<string, string>, issues: ContentIssue[]): boolean {
  const slug = typeof page.slug === 'string' ? page.slug : '';
  const at = { severity: 'error' as const, file: page.file, line: page.slugLine, field: 'slug' };
  if (page.isHome && slug) issues.push({ ...at, code: 'home_has_slug' });
  if (!page.isHome && (page.slug === undefined || page.slug === ''))
    issues.push({
      ...at,
      line: page.slugLine ?? 1,
      code: 'missing_field',
      params: { example: String(schemas.pages.examples[page.locale].slug) },
    });
  const clash = slug && bySlug.get(`${page.locale}/${slug}`);
  if (clash) issues.push({ ...at, code: 'duplicate_slug', params: { value: slug, other: clash } });
  else if (slug) bySlug.set(`${page.locale}/${slug}`, page.file);
  return !clash;
}
