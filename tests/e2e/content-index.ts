import { checkContent, type Page, type Site } from '../../lib/content';

let published: Site | undefined;

/** The production content, the same the site is built from; read once per test worker. */
export function publishedSite(): Site {
  if (published) return published;
  const { site, issues } = checkContent({ includeDrafts: false });
  if (!site) throw new Error(`content has errors: ${JSON.stringify(issues)}`);
  published = site;
  return site;
}

/** The content index: every published page in every language. */
export function publishedPages(): Page[] {
  return publishedSite().pages;
}

export function pageByKey(key: string, locale: string): Page {
  const page = publishedPages().find((candidate) => candidate.key === key && candidate.locale === locale);
  if (!page) throw new Error(`no page ${key} in ${locale}`);
  return page;
}

export function pageByTemplate(template: Page['template'], locale: string): Page {
  const page = publishedPages().find((candidate) => candidate.template === template && candidate.locale === locale);
  if (!page) throw new Error(`no ${template} page in ${locale}`);
  return page;
}

/** The published pages of one language; a language without pages is an error, so a loop over them never passes empty. */
export function publishedPagesIn(locale: string): Page[] {
  const pages = publishedPages().filter((candidate) => candidate.locale === locale);
  if (pages.length === 0) throw new Error(`no published page in ${locale}`);
  return pages;
}
