import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import { projectStatus } from '../project-status';
import { ContentError, type ContentIssue } from './issues';
import { buildSite, type Coverage, type Page, type Site, type SiteOptions } from './site';

export type { Page, Site } from './site';
export { ContentError, formatIssue, type ContentIssue } from './issues';

let cache: { signature: string; site: Site } | undefined;

/**
 * The validated content. It is read once and kept until a content file
 * changes, so a build reads each file once and `next dev` shows edits on
 * the next page load.
 */
export function loadSite(): Site {
  // A production server never sees content change after its build: no need to look at the files again.
  if (cache && process.env.NODE_ENV === 'production') return cache.site;
  const signature = contentSignature(process.cwd());
  if (cache?.signature === signature) return cache.site;
  const { site, issues } = checkContent({ includeDrafts: process.env.NODE_ENV !== 'production' });
  if (!site) throw new ContentError(issues);
  cache = { signature, site };
  return site;
}

export function checkContent(options: SiteOptions): { site?: Site; issues: ContentIssue[]; coverage: Coverage } {
  const issues: ContentIssue[] = [];
  return { ...buildSite(options, issues), issues };
}

function contentSignature(projectDir: string): string {
  const stamps: string[] = [];
  for (const folder of ['content', 'public/materials']) {
    // Content is read from the project at build time; it is not traced into the server bundle.
    const root = path.join(/*turbopackIgnore: true*/ projectDir, folder);
    if (!fs.existsSync(root)) continue;
    for (const name of fs.readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      stamps.push(`${folder}/${name}:${fs.statSync(path.join(root, name)).mtimeMs}`);
    }
  }
  return stamps.sort().join('|');
}

export function listPages(locale?: Locale): Page[] {
  return loadSite().pages.filter((page) => !locale || page.locale === locale);
}

/** Route parameters of every page below a home page, in one language or (without `locale`) in all. */
export function listSlugParams(locale?: string): { locale: Locale; slug: string }[] {
  return listPages(locale as Locale | undefined)
    .filter((page) => page.slug)
    .map((page) => ({ locale: page.locale, slug: page.slug }));
}

/** Whether a URL path is a published page or that page's share image. */
export function isPublishedPath(pathname: string): boolean {
  const path = pathname.replace(/\/opengraph-image$/, '');
  return listPages().some((page) => page.path === path);
}

export function findPage(locale: Locale, slug = ''): Page | undefined {
  return listPages(locale).find((page) => page.slug === slug);
}

export function findTemplatePage(locale: Locale, template: Page['template']): Page | undefined {
  return listPages(locale).find((page) => page.template === template);
}

export function loadNavigation(locale: Locale, menu: Page['menu'][number]): Page[] {
  return listPages(locale)
    .filter((page) => page.menu.includes(menu))
    .sort((a, b) => a.order - b.order || a.title.localeCompare(b.title, locale));
}

/** The same page in every language it exists in. */
export function findTranslations(key: string): Partial<Record<Locale, Page>> {
  return Object.fromEntries(listPages().filter((page) => page.key === key).map((page) => [page.locale, page]));
}

/** hreflang alternates of a page: each real translation, and x-default for the German one. */
export function findAlternates(key: string): Record<string, string> {
  const translations = findTranslations(key);
  const alternates: Record<string, string> = {};
  for (const locale of routing.locales) {
    const translation = translations[locale];
    if (translation) alternates[locale] = translation.path;
  }
  alternates['x-default'] = (translations[routing.defaultLocale] ?? Object.values(translations)[0])!.path;
  return alternates;
}

export interface Partner {
  key: string;
  name: string;
  nameLanguage: string;
  kind: 'city' | 'technical';
  country: string;
  countryName: string;
  city: string;
  website?: string;
  role?: string;
}

export function loadPartners(locale: Locale): Partner[] {
  const countries = new Intl.DisplayNames([locale], { type: 'region' });
  return loadSite()
    .partners.map(({ key, shared, versions }) => ({
      key,
      ...shared,
      countryName: countries.of(shared.country) ?? shared.country,
      role: versions[locale]?.fields.role,
    }))
    .sort((a, b) => a.city.localeCompare(b.city, locale) || a.name.localeCompare(b.name, locale));
}

export interface Contact {
  key: string;
  name: string;
  role: string;
  phone: string;
  phoneHref: string;
  email: string;
  organisation: Partner;
}

export function loadContacts(locale: Locale): Contact[] {
  const partners = loadPartners(locale);
  return loadSite()
    .contacts.sort((a, b) => a.shared.order - b.shared.order)
    .map(({ key, shared, versions }) => ({
      key,
      name: shared.name,
      phone: shared.phone,
      phoneHref: `tel:${shared.phone.replace(/[^\d+]/g, '')}`,
      email: shared.email,
      role: (versions[locale] ?? versions[routing.defaultLocale])!.fields.role,
      organisation: partners.find((partner) => partner.key === shared.organisation)!,
    }));
}

export interface Material {
  key: string;
  title: string;
  /** Language the title is written in: the German one stands in for a missing translation. */
  titleLanguage: Locale;
  summary?: string;
  language: string;
  date: string;
  href: string;
  fileType: string;
  bytes: number;
}

export function loadMaterials(locale: Locale): Material[] {
  return loadSite()
    .materials.map(({ key, shared, versions, bytes }) => {
      const titleLanguage = versions[locale] ? locale : routing.locales.find((other) => versions[other])!;
      const { title, summary } = versions[titleLanguage]!.fields;
      return {
        key,
        title,
        titleLanguage,
        summary,
        language: shared.language,
        date: shared.date,
        href: `/materials/${encodeURIComponent(shared.file)}`,
        fileType: path.extname(shared.file).slice(1).toUpperCase(),
        bytes,
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

export function loadProject(locale: Locale) {
  const { shared, versions } = loadSite().project;
  const operator = loadPartners(locale).find((partner) => partner.key === shared.operator)!;
  return {
    ...shared,
    ...(versions[locale] ?? versions[routing.defaultLocale])!.fields,
    operator,
    status: projectStatus(shared.start, shared.end),
    cities: loadPartners(locale).filter((partner) => partner.kind === 'city'),
  };
}

export type Project = ReturnType<typeof loadProject>;
