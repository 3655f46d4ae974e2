import fs from 'node:fs';
import path from 'node:path';
import type { Coverage } from './coverage';
import { ContentError, type ContentIssue } from './issues';
import { contentRoot } from './root';
import { buildSite, type Site, type SiteOptions } from './site';

export type { Coverage } from './coverage';
export type { CityPartner, Contact, Material, Partner, Project } from './entry-views';
export type { Page } from './render';
export type { Site } from './site';
export type { Overrides } from './source';
export {
  ContentError,
  describeIssue,
  formatIssue,
  issueCodes,
  type ContentIssue,
  type IssueCode,
  type IssueLanguage,
} from './issues';
export { selectContacts, selectMaterials, selectPartners, selectProject } from './entry-views';
export { contentRoot } from './root';
export { FileHistory } from './file-history';
export { findPictureFile, pictureFileNames } from './picture-files';
export { examinePicture, picturesFolder, type Picture, type PictureProblem } from './pictures';
export { parseFrontMatter, type FrontMatter } from './front-matter';
export { hasPlaceholder, splitPlaceholders } from './placeholders';
export {
  findAlternates,
  findPage,
  findTemplatePage,
  findTranslations,
  listPages,
  listSlugParams,
  selectNavigation,
} from './page-views';

// Next bundles pages and route handlers (share images, sitemap) apart, each with its own copy of this module, and
// renders them in the same build worker: the loaded site is kept on the process so that it is read once, not per bundle.
const siteCache = Symbol.for('epi.content.loadedSite');
const shared = globalThis as typeof globalThis & { [siteCache]?: { signature: string; site: Site } };

/**
 * The validated content, read from disk. It is read once and kept until a content file changes, so a build reads
 * each file once and `next dev` shows edits on the next page load.
 */
export function loadSite(): Site {
  // A production server never sees content change after its build: no need to look at the files again.
  const cache = shared[siteCache];
  if (cache && process.env.NODE_ENV === 'production') return cache.site;
  const projectDir = contentRoot();
  const signature = contentSignature(projectDir);
  if (cache?.signature === signature) return cache.site;
  const { site, issues } = checkContent({ projectDir, includeDrafts: process.env.NODE_ENV !== 'production' });
  if (!site) throw new ContentError(issues);
  shared[siteCache] = { signature, site };
  return site;
}

export interface ContentCheck {
  /** Absent when any issue is an error. */
  site?: Site;
  issues: ContentIssue[];
  coverage?: Coverage;
}

export interface CheckOptions extends Partial<SiteOptions> {
  /** For a public release: a placeholder still open is an error, not a warning. */
  release?: boolean;
}

/** Reads and checks all content (with unsaved `overrides` laid over the files); every problem is in `issues`. */
export function checkContent(options: CheckOptions & { coverage: true }): ContentCheck & { coverage: Coverage };
export function checkContent(options?: CheckOptions): ContentCheck;
export function checkContent(options: CheckOptions = {}): ContentCheck {
  const found: ContentIssue[] = [];
  const result = buildSite({ ...options, projectDir: options.projectDir ?? contentRoot() }, found);
  const issues = options.release
    ? found.map((issue) => (issue.code === 'open_placeholder' ? { ...issue, severity: 'error' as const } : issue))
    : found;
  const site = issues.some((issue) => issue.severity === 'error') ? undefined : result.site;
  return { ...result, site, issues };
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
  // The folder is part of it: the site kept on the process must be the one of this content root.
  return [projectDir, ...stamps.sort()].join('|');
}
