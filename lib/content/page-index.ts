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

/** A page's Markdown that is not in the index (its fields or its address have errors): it is checked all the same. */
export type HeldBackPage = Pick<IndexedPage, 'locale' | 'draft' | 'lineBreaks' | 'file' | 'body' | 'bodyOffset'>;

/**
 * One page per entry and language, with its address; slugs must be unique per language, the home page has none.
 * A page whose address another page holds goes to `heldBack`.
 */
export function indexPages(entries: PageEntry[], issues: ContentIssue[], heldBack: HeldBackPage[]): IndexedPage[] {
  const pages: IndexedPage[] = [];
  // By language and slug: looking each slug up among all pages made indexing grow with the square of the pages.
  const bySlug = new Map<string, IndexedPage>();
  const homes = entries.filter((entry) => entry.shared.template === 'home');
  if (homes.length !== 1)
    issues.push({ severity: 'error', file: 'content/pages', code: 'one_home', params: { count: homes.length } });
  for (const entry of entries) {
    const isHome = entry.shared.template === 'home';
    for (const locale of routing.locales) {
      const version = entry.versions[locale];
      if (!version) continue;
      const { slug = '', title, menuTitle, description } = version.fields;
      const at = { severity: 'error' as const, file: version.file, line: version.keyLines.slug, field: 'slug' };
      if (isHome && slug) issues.push({ ...at, code: 'home_has_slug' });
      if (!isHome && !slug)
        issues.push({
          ...at,
          line: 1,
          code: 'missing_field',
          params: { example: String(schemas.pages.examples[locale].slug) },
        });
      const clash = slug && bySlug.get(`${locale}/${slug}`);
      if (clash) {
        issues.push({ ...at, code: 'duplicate_slug', params: { value: slug, other: clash.file } });
        const { draft, lineBreaks } = entry.shared;
        heldBack.push({
          locale,
          draft,
          lineBreaks,
          file: version.file,
          body: version.body,
          bodyOffset: version.bodyOffset,
        });
        continue;
      }
      const page: IndexedPage = {
        key: entry.key,
        locale,
        slug,
        path: pagePath(locale, slug),
        title,
        menuTitle: menuTitle ?? title,
        description,
        ...entry.shared,
        body: version.body,
        bodyOffset: version.bodyOffset,
        file: version.file,
      };
      pages.push(page);
      if (slug) bySlug.set(`${locale}/${slug}`, page);
    }
  }
  return pages;
}
