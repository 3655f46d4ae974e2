import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { routing, type Locale } from '../../i18n/routing';
import { loadCollection, type Entry } from './collection';
import { FileHistory } from './file-history';
import type { ContentIssue, IssueCode, IssueParams } from './issues';
import { renderMarkdown } from './markdown';
import * as schemas from './schemas';

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
  /** The menus the page is linked from. */
  menu: Exclude<(typeof schemas.menus)[number], 'none'>[];
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

export interface Coverage {
  /** Markdown files read. */
  files: number;
  /** Pages (drafts included) that exist in each language, of all pages. */
  pages: Record<Locale, number>;
  total: number;
  /** Pages missing in some language: the file that exists and the languages that do not. */
  untranslated: { file: string; missing: Locale[] }[];
}

type IndexedPage = Omit<Page, 'html'> & { body: string; bodyOffset: number };

export function pagePath(locale: Locale, slug: string): string {
  return slug ? `/${locale}/${slug}` : `/${locale}`;
}

/** Reads, validates and renders all content; every problem found lands in `issues`. */
export function buildSite(options: SiteOptions, issues: ContentIssue[]): { site?: Site; coverage: Coverage } {
  const projectDir = options.projectDir ?? process.cwd();
  const contentDir = path.join(projectDir, 'content');
  const publicDir = path.join(projectDir, 'public');
  const load = <S extends z.ZodRawShape, L extends z.ZodRawShape>(spec: schemas.CollectionSpec<S, L>) =>
    loadCollection(spec, contentDir, projectDir, issues);
  const history = new FileHistory(projectDir);

  const allPageEntries = load(schemas.pages);
  const pageEntries = allPageEntries.filter((entry) => options.includeDrafts || !entry.shared.draft);
  const partners = load(schemas.partners);
  const contacts = load(schemas.contacts);
  const materials = load(schemas.materials).flatMap((entry) => {
    const filePath = path.join(publicDir, 'materials', entry.shared.file);
    if (!fs.existsSync(filePath)) {
      issues.push({
        severity: 'error',
        file: entry.baseFile,
        line: entry.baseLines.get('file'),
        field: 'file',
        code: 'missing_file',
        params: { value: `public/materials/${entry.shared.file}` },
      });
      return [];
    }
    return [{ ...entry, bytes: fs.statSync(filePath).size }];
  });
  const projects = load(schemas.projects);

  const partnerKeys = new Set(partners.map((partner) => partner.key));
  for (const contact of contacts) checkReference(contact, 'organisation', contact.shared.organisation, partnerKeys, issues);
  for (const project of projects) {
    checkReference(project, 'operator', project.shared.operator, partnerKeys, issues);
    if (project.shared.end < project.shared.start) {
      issues.push({ severity: 'error', file: project.baseFile, line: project.baseLines.get('end'), field: 'end', code: 'end_before_start' });
    }
  }
  if (projects.length !== 1) {
    issues.push({ severity: 'error', file: 'content/project', code: 'one_project', params: { count: projects.length } });
  }
  const files = fs.existsSync(contentDir)
    ? fs.readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md')).length
    : 0;
  const coverage = { files, ...checkTranslations(allPageEntries, history, issues) };

  const index = indexPages(pageEntries, issues);
  const draftKeys = new Set(allPageEntries.filter((entry) => entry.shared.draft).map((entry) => entry.key));
  const pages = index.map(({ body, bodyOffset, ...page }) => {
    const report = (code: IssueCode, line: number | undefined, params?: IssueParams) =>
      issues.push({ severity: 'error', file: page.file, line: line && line + bodyOffset, code, params });
    return {
      ...page,
      lastModified: page.updated ?? history.commitDate(page.file),
      html: renderMarkdown(body, { report, resolveLink: linkResolver(page, { index, contentDir, publicDir, draftKeys }, report) }),
    };
  });

  if (issues.some((issue) => issue.severity === 'error')) return { coverage };
  return { site: { pages, partners, contacts, materials, project: projects[0] }, coverage };
}

function indexPages(entries: PageEntry[], issues: ContentIssue[]): IndexedPage[] {
  const pages: IndexedPage[] = [];
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
      const slugLine = version.keyLines.get('slug');
      if (isHome && slug) issues.push({ severity: 'error', file: version.file, line: slugLine, field: 'slug', code: 'home_has_slug' });
      if (!isHome && !slug) issues.push({ severity: 'error', file: version.file, line: 1, field: 'slug', code: 'missing_field', params: { example: String(schemas.pages.examples.slug) } });
      const clash = pages.find((page) => page.locale === locale && page.slug === slug && slug);
      if (clash) {
        issues.push({ severity: 'error', file: version.file, line: slugLine, field: 'slug', code: 'duplicate_slug', params: { value: slug, other: clash.file } });
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
        bodyOffset: version.bodyOffset,
        file: version.file,
      });
    }
  }
  return pages;
}

/** Which page exists in which language, and translations that may lag behind their German original. */
function checkTranslations(entries: PageEntry[], history: FileHistory, issues: ContentIssue[]): Omit<Coverage, 'files'> {
  const pages = Object.fromEntries(routing.locales.map((locale) => [locale, 0])) as Record<Locale, number>;
  const untranslated: Coverage['untranslated'] = [];
  for (const entry of entries) {
    const missing = routing.locales.filter((locale) => !entry.versions[locale]);
    if (missing.length) untranslated.push({ file: entry.baseFile, missing });
    for (const locale of routing.locales) {
      const version = entry.versions[locale];
      if (!version) continue;
      pages[locale]++;
      const original = entry.versions[routing.defaultLocale];
      if (locale !== routing.defaultLocale && original && history.lastChange(original.file) > history.lastChange(version.file)) {
        issues.push({ severity: 'warning', file: version.file, line: 1, code: 'translation_outdated', params: { original: original.file } });
      }
    }
  }
  return { pages, total: entries.length, untranslated };
}

/** Lets staff link by page key (`page:contact`) and catches links that lead nowhere. */
function linkResolver(
  page: { locale: Locale; draft: boolean },
  context: { index: IndexedPage[]; contentDir: string; publicDir: string; draftKeys: Set<string> },
  report: (code: IssueCode, line: number | undefined, params?: IssueParams) => void,
) {
  const { index, contentDir, publicDir, draftKeys } = context;
  return (href: string, kind: 'link' | 'image', line: number | undefined) => {
    const [target, hash = ''] = href.split('#', 2);
    if (kind === 'link' && target.startsWith('page:')) {
      const key = target.slice(5);
      const linked = index.find((other) => other.key === key && other.locale === page.locale);
      // A page whose own file has errors is reported there, not again at every link to it.
      const reportedElsewhere = fs.existsSync(path.join(contentDir, 'pages', `${key}.${page.locale}.md`)) && !draftKeys.has(key);
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
    const filePath = path.join(publicDir, decodeURIComponent(target.split('?')[0]));
    if (!filePath.startsWith(publicDir + path.sep) || !fs.existsSync(filePath)) report('broken_link', line, { value: href });
    return undefined;
  };
}

function checkReference(
  entry: { baseFile: string; baseLines: Map<string, number> },
  field: string,
  value: string,
  known: Set<string>,
  issues: ContentIssue[],
) {
  if (!known.has(value)) {
    const line = entry.baseLines.get(field);
    issues.push({ severity: 'error', file: entry.baseFile, line, field, code: 'unknown_partner', params: { value, known: [...known].join(', ') } });
  }
}
