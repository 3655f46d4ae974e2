import { routing, type Locale } from '../../i18n/routing';
import type { Page } from './render';
import type { Menu } from './schemas';
import type { Site } from './site';

export function listPages(site: Site, locale?: Locale): readonly Page[] {
  return locale ? site.pages.filter((page) => page.locale === locale) : site.pages;
}

/** Route parameters of every page below a home page, in one language or (without `locale`) in all. */
export function listSlugParams(site: Site, locale?: Locale): { locale: Locale; slug: string }[] {
  return listPages(site, locale)
    .filter((page) => page.slug)
    .map((page) => ({ locale: page.locale, slug: page.slug }));
}

export function findPage(site: Site, locale: Locale, slug = ''): Page | undefined {
  return site.pages.find((page) => page.locale === locale && page.slug === slug);
}

export function findTemplatePage(site: Site, locale: Locale, template: Page['template']): Page | undefined {
  return listPages(site, locale).find((page) => page.template === template);
}

/** The links of one menu, in their order. */
export function selectNavigation(site: Site, locale: Locale, menu: Menu): readonly Page[] {
  return listPages(site, locale)
    .filter((page) => page.menu.includes(menu))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale));
}

/** The same page in every language it exists in. */
export function findTranslations(site: Site, key: string): Partial<Record<Locale, Page>> {
  return Object.fromEntries(site.pages.filter((page) => page.key === key).map((page) => [page.locale, page]));
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
