import { routing, type Locale } from '../../i18n/routing';
import type { Page } from './render';
import type { Menu } from './schemas';
import type { Site } from './site';

/**
 * A site's pages grouped for lookup, made once per site: a build renders every page, and each asks for its
 * translations, menus and route several times; scanning all pages for each answer made a build grow with the
 * square of the page count (measured in scripts/bench/notes.ts, builds).
 */
interface PageLookup {
  byLocale: Map<Locale, Page[]>;
  byKey: Map<string, Page[]>;
  byRoute: Map<string, Page>;
  navigation: Map<string, Page[]>;
}

const lookups = new WeakMap<Site, PageLookup>();

function lookup(site: Site): PageLookup {
  let found = lookups.get(site);
  if (!found) {
    found = { byLocale: new Map(), byKey: new Map(), byRoute: new Map(), navigation: new Map() };
    for (const page of site.pages) {
      append(found.byLocale, page.locale, page);
      append(found.byKey, page.key, page);
      found.byRoute.set(routeKey(page.locale, page.slug), page);
    }
    lookups.set(site, found);
  }
  return found;
}

function append<K>(groups: Map<K, Page[]>, key: K, page: Page): void {
  const group = groups.get(key);
  if (group) group.push(page);
  else groups.set(key, [page]);
}

const routeKey = (locale: Locale, slug: string) => `${locale}/${slug}`;

export function listPages(site: Site, locale?: Locale): readonly Page[] {
  return locale ? (lookup(site).byLocale.get(locale) ?? []) : site.pages;
}

/** Route parameters of every page below a home page, in one language or (without `locale`) in all. */
export function listSlugParams(site: Site, locale?: Locale): { locale: Locale; slug: string }[] {
  return listPages(site, locale)
    .filter((page) => page.slug)
    .map((page) => ({ locale: page.locale, slug: page.slug }));
}

export function findPage(site: Site, locale: Locale, slug = ''): Page | undefined {
  return lookup(site).byRoute.get(routeKey(locale, slug));
}

export function findTemplatePage(site: Site, locale: Locale, template: Page['template']): Page | undefined {
  return listPages(site, locale).find((page) => page.template === template);
}

/** The links of one menu, in their order. */
export function selectNavigation(site: Site, locale: Locale, menu: Menu): readonly Page[] {
  const { navigation } = lookup(site);
  const name = `${locale}/${menu}`;
  let links = navigation.get(name);
  if (!links) {
    links = listPages(site, locale)
      .filter((page) => page.menu.includes(menu))
      .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale));
    navigation.set(name, links);
  }
  return links;
}

/** The same page in every language it exists in. */
export function findTranslations(site: Site, key: string): Partial<Record<Locale, Page>> {
  return Object.fromEntries((lookup(site).byKey.get(key) ?? []).map((page) => [page.locale, page]));
}

/** hreflang alternates of a page: each real translation, and x-default for the German one. */
export function findAlternates(site: Site, key: string): Record<string, string> {
  const translations = findTranslations(site, key);
  const alternates: Record<string, string> = {};
  for (const locale of routing.locales) {
    const translation = translations[locale];
    if (translation) alternates[locale] = translation.path;
  }
  alternates['x-default'] = (translations[routing.defaultLocale] ?? Object.values(translations)[0])!.path;
  return alternates;
}
