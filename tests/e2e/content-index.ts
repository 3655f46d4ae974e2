import { checkContent, type Page } from '../../lib/content';

let published: Page[] | undefined;

/** The production content index, the same one the site is built from; read once per test worker. */
export function publishedPages(): Page[] {
  if (published) return published;
  const { site, issues } = checkContent({ includeDrafts: false });
  if (!site) throw new Error(`content has errors: ${JSON.stringify(issues)}`);
  published = site.pages;
  return published;
}

export function pageByKey(key: string, locale: string): Page {
  const page = publishedPages().find((candidate) => candidate.key === key && candidate.locale === locale);
  if (!page) throw new Error(`no page ${key} in ${locale}`);
  return page;
}
