import fs from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '../../i18n/routing';
import { loadCollection, type Entry } from './collection';
import { lastCommitDates } from './git-dates';
import type { ContentIssue } from './issues';
import { renderMarkdown, type LinkResolver } from './markdown';
import * as schemas from './schemas';
import type { z } from 'zod';

type EntryOf<Spec> = Spec extends schemas.CollectionSpec<infer S, infer L>
  ? Entry<z.output<z.ZodObject<S>>, z.output<z.ZodObject<L>>>
  : never;

export type PageEntry = EntryOf<typeof schemas.pages>;
export type PartnerEntry = EntryOf<typeof schemas.partners>;
export type ContactEntry = EntryOf<typeof schemas.contacts>;
export type MaterialEntry = EntryOf<typeof schemas.materials>;
export type ProjectEntry = EntryOf<typeof schemas.projects>;

export interface Page {
  key: string;
  locale: Locale;
  /** Empty for the home page. */
  slug: string;
  path: string;
  title: string;
  menuTitle: string;
  description: string;
  template: (typeof schemas.pageTemplates)[number];
  menu: (typeof schemas.menus)[number];
  order: number;
  updated?: string;
  /** `updated` from the front matter, else the date of the file's last commit. */
  lastModified?: string;
  draft: boolean;
  html: string;
  file: string;
}

export interface Site {
  /** The content index: every page in every language it exists in. */
  pages: Page[];
  partners: PartnerEntry[];
  contacts: ContactEntry[];
  materials: (MaterialEntry & { bytes: number })[];
  project: ProjectEntry;
}

export interface SiteOptions {
  projectDir?: string;
  /** Drafts are previewed in `next dev` and never built for production. */
  includeDrafts?: boolean;
}

export function pagePath(locale: Locale, slug: string): string {
  return slug ? `/${locale}/${slug}` : `/${locale}`;
}

/** Reads, validates and renders all content; every problem found lands in `issues`. */
export function buildSite(options: SiteOptions, issues: ContentIssue[]): Site | undefined {
  const projectDir = options.projectDir ?? process.cwd();
  const contentDir = path.join(projectDir, 'content');
  const publicDir = path.join(projectDir, 'public');
  const load = <S extends z.ZodRawShape, L extends z.ZodRawShape>(spec: schemas.CollectionSpec<S, L>) =>
    loadCollection(spec, contentDir, projectDir, issues);

  const allPageEntries = load(schemas.pages);
  const draftKeys = new Set(allPageEntries.filter((entry) => entry.shared.draft).map((entry) => entry.key));
  const pageEntries = allPageEntries.filter((entry) => options.includeDrafts || !entry.shared.draft);
  const partners = load(schemas.partners);
  const contacts = load(schemas.contacts);
  const materials = load(schemas.materials).flatMap((entry) => {
    const filePath = path.join(publicDir, 'materials', entry.shared.file);
    if (!fs.existsSync(filePath)) {
      issues.push(missingFile(entry.baseFile, 'file', `public/materials/${entry.shared.file}`));
      return [];
    }
    return [{ ...entry, bytes: fs.statSync(filePath).size }];
  });
  const projects = load(schemas.projects);

  const partnerKeys = new Set(partners.map((partner) => partner.key));
  for (const contact of contacts) checkReference(contact.baseFile, 'organisation', contact.shared.organisation, partnerKeys, issues);
  for (const project of projects) {
    checkReference(project.baseFile, 'operator', project.shared.operator, partnerKeys, issues);
    if (project.shared.end < project.shared.start) {
      issues.push({ severity: 'error', file: project.baseFile, field: 'end', code: 'end_before_start' });
    }
  }
  if (projects.length !== 1) {
    issues.push({ severity: 'error', file: 'content/project', code: 'one_project', params: { count: projects.length } });
  }

  const index = indexPages(pageEntries, issues);
  const commitDates = lastCommitDates(projectDir);
  const pages = index.map((page) => ({
    ...page,
    lastModified: page.updated ?? commitDates.get(page.file),
    html: renderMarkdown(page.body, linkResolver(page, { index, contentDir, publicDir, draftKeys, issues })),
  }));

  if (issues.some((issue) => issue.severity === 'error')) return undefined;
  return { pages: pages.map(({ body: _body, ...page }) => page), partners, contacts, materials, project: projects[0] };
}

function indexPages(entries: PageEntry[], issues: ContentIssue[]) {
  const pages: (Omit<Page, 'html'> & { body: string })[] = [];
  const homes = entries.filter((entry) => entry.shared.template === 'home');
  if (homes.length !== 1) {
    issues.push({ severity: 'error', file: 'content/pages', code: 'one_home', params: { count: homes.length } });
  }
  for (const entry of entries) {
    const isHome = entry.shared.template === 'home';
    for (const locale of routing.locales) {
      const version = entry.versions[locale];
      if (!version) continue;
      const { slug = '', title, menuTitle, description } = version.fields;
      if (isHome && slug) issues.push({ severity: 'error', file: version.file, field: 'slug', code: 'home_has_slug' });
      if (!isHome && !slug) issues.push({ severity: 'error', file: version.file, line: 1, field: 'slug', code: 'missing_field', params: { example: schemas.pages.examples.slug } });
      const clash = pages.find((page) => page.locale === locale && page.slug === slug && slug);
      if (clash) {
        issues.push({ severity: 'error', file: version.file, field: 'slug', code: 'duplicate_slug', params: { value: slug, other: clash.file } });
        continue;
      }
      pages.push({
        key: entry.key,
        locale,
        slug,
        path: pagePath(locale, slug),
        title,
        menuTitle: menuTitle ?? title,
        description,
        ...entry.shared,
        body: version.body,
        file: version.file,
      });
    }
  }
  return pages;
}

/** Lets staff link by page key (`page:contact`) and catches links that lead nowhere. */
function linkResolver(
  page: { locale: Locale; file: string; draft: boolean },
  context: {
    index: { key: string; locale: Locale; path: string }[];
    contentDir: string;
    publicDir: string;
    draftKeys: Set<string>;
    issues: ContentIssue[];
  },
): LinkResolver {
  const { index, contentDir, publicDir, draftKeys, issues } = context;
  return (href, kind) => {
    const [target, hash = ''] = href.split('#', 2);
    if (kind === 'link' && target.startsWith('page:')) {
      const key = target.slice(5);
      const linked = index.find((other) => other.key === key && other.locale === page.locale);
      // A page whose own file has errors is reported there, not again at every link to it.
      const reportedElsewhere = fs.existsSync(path.join(contentDir, 'pages', `${key}.${page.locale}.md`)) && !draftKeys.has(key);
      if (draftKeys.has(key) && !page.draft) {
        issues.push({ severity: 'error', file: page.file, code: 'link_to_draft', params: { value: href } });
      } else if (!linked && !reportedElsewhere) {
        issues.push({ severity: 'error', file: page.file, code: 'unknown_page_key', params: { value: href } });
      }
      if (!linked) return '';
      return hash ? `${linked.path}#${hash}` : linked.path;
    }
    if (!target.startsWith('/') || target.startsWith('//')) return undefined;
    const linked = index.find((other) => other.path === target.replace(/\/$/, ''));
    if (kind === 'link' && linked) {
      if (linked.locale !== page.locale) {
        issues.push({ severity: 'error', file: page.file, code: 'link_other_language', params: { value: href } });
      }
      return undefined;
    }
    const filePath = path.join(publicDir, decodeURIComponent(target.split('?')[0]));
    if (!filePath.startsWith(publicDir + path.sep) || !fs.existsSync(filePath)) {
      issues.push({ severity: 'error', file: page.file, code: 'broken_link', params: { value: href } });
    }
    return undefined;
  };
}

function checkReference(file: string, field: string, value: string, known: Set<string>, issues: ContentIssue[]) {
  if (!known.has(value)) {
    issues.push({ severity: 'error', file, field, code: 'unknown_partner', params: { value, known: [...known].join(', ') } });
  }
}

function missingFile(file: string, field: string, expectedPath: string): ContentIssue {
  return { severity: 'error', file, field, code: 'missing_file', params: { value: expectedPath } };
}
