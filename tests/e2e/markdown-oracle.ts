import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';

/** A published page as its Markdown file states it, read without the site's content layer. */
export interface PageFromMarkdown {
  locale: string;
  path: string;
  title: string;
  /** The page's name in menus and in the browser's title bar. */
  menuTitle: string;
}

/**
 * Every published page, read straight from content/pages/ with gray-matter: the oracle that the content index and
 * the pages built from it are checked against. A page's draft flag stands in its German file when it has one.
 */
export function pagesFromMarkdown(root = process.env.CONTENT_ROOT ?? process.cwd()): PageFromMarkdown[] {
  const folder = path.join(root, 'content', 'pages');
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.md'));
  const read = (name: string) => matter(fs.readFileSync(path.join(folder, name), 'utf8')).data;
  return files.flatMap((name) => {
    const [key, locale] = name.split('.');
    const german = files.includes(`${key}.de.md`) ? read(`${key}.de.md`) : read(name);
    if (german.draft === true) return [];
    const { slug, title, menuTitle = title } = read(name);
    const path = slug ? `/${locale}/${slug}` : `/${locale}`;
    return [{ locale, path, title: String(title), menuTitle: String(menuTitle) }];
  });
}
