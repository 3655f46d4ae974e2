import { checkMaterialFiles, checkReferences, type MaterialEntry } from './reference-rules';
import { measureCoverage, type Coverage } from './coverage';
import { checkEditorialRules } from './editorial-rules';
import { FileHistory } from './file-history';
import type { ContentIssue } from './issues';
import { loadCollections, type Collections } from './load';
import { LinkTargets } from './links';
import { indexPages, type HeldBackPage } from './page-index';
import { checkPartnerLogos } from './partner-logos';
import { PictureCatalog, type Picture } from './pictures';
import { checkHeldBack, renderPages, type Page } from './render';
import { ContentSource, type Overrides } from './source';

/** The checked content: the content index of pages plus every other collection. */
export interface Site {
  /** Every page in every language it exists in. */
  pages: Page[];
  partners: Collections['partners'];
  contacts: Collections['contacts'];
  materials: MaterialEntry[];
  project: Collections['projects'][number];
  /** The pictures that pages and partners show, which the build processes. */
  pictures: Picture[];
  /** Partner logos by partner key. */
  logos: Map<string, Picture>;
}

export interface SiteOptions {
  /** The folder that holds content/ and public/materials/. */
  projectDir: string;
  /** Drafts are previewed in `next dev` and never built for production. */
  includeDrafts?: boolean;
  overrides?: Overrides;
  /** Translation status and coverage per language (reads the history of every file). */
  coverage?: boolean;
  /** The files' history as git told it for these saved files, when the caller has read it already. */
  history?: FileHistory;
}

/** Load, check, index, render: every problem found on the way lands in `issues`; no site when one is an error. */
export function buildSite(options: SiteOptions, issues: ContentIssue[]): { site?: Site; coverage?: Coverage } {
  const source = new ContentSource(options.projectDir, options.overrides);
  const history = options.history ?? new FileHistory(options.projectDir);
  // Pages whose fields or address have errors: not part of the site, but their Markdown is checked too.
  const heldBack: HeldBackPage[] = [];
  const collections = loadCollections(source, issues, heldBack);
  const materials = checkMaterialFiles(collections.materials, source, issues);
  checkReferences(collections, issues);
  checkEditorialRules(collections, issues);
  const coverage = options.coverage ? measureCoverage(collections, source, history, issues) : undefined;

  const drafts = collections.pages.filter((entry) => entry.shared.draft);
  const index = indexPages(
    options.includeDrafts ? collections.pages : collections.pages.filter((entry) => !entry.shared.draft),
    issues,
    heldBack,
  );
  const links = new LinkTargets(index, source, new Set(drafts.map((entry) => entry.key)));
  const pictures = new PictureCatalog(source);
  const context = { index, links, pictures, commitDate: (file: string) => history.commitDate(file) };
  const pages = renderPages(context, issues);
  checkHeldBack(heldBack, context, issues);
  const logos = checkPartnerLogos(collections.partners, pictures, issues);
  pictures.checkUnused(issues);
  if (issues.some((issue) => issue.severity === 'error')) return { coverage };
  const { partners, contacts, projects } = collections;
  const site = { pages, partners, contacts, materials, project: projects[0], pictures: pictures.used(), logos };
  return { site, coverage };
}
