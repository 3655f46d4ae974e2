import { checkContent, type Page } from '../../lib/content';

/** The production content index, the same one the site is built from. */
export function publishedPages(): Page[] {
  const { site, issues } = checkContent({ includeDrafts: false });
  if (!site) throw new Error(`content has errors: ${JSON.stringify(issues)}`);
  return site.pages;
}

export function pageByKey(key: string, locale: string): Page {
  const page = publishedPages().find((candidate) => candidate.key === key && candidate.locale === locale);
  if (!page) throw new Error(`no page ${key} in ${locale}`);
  return page;
}
