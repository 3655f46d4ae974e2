import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { contentRoot } from '../../lib/content';

/**
 * The front matter of a content file as staff wrote it, read with gray-matter: expectations taken from here do not
 * depend on the content layer that renders the pages under test.
 */
export function frontMatter(folder: string, key: string, locale: string): Record<string, unknown> | undefined {
  const file = path.join(contentRoot(), 'content', folder, `${key}.${locale}.md`);
  return fs.existsSync(file) ? matter(fs.readFileSync(file, 'utf8')).data : undefined;
}

/** Keys of the pages whose German file declares `template`. */
export function pageKeysWithTemplate(template: string): string[] {
  const folder = path.join(contentRoot(), 'content', 'pages');
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith('.de.md'))
    .map((name) => name.slice(0, -'.de.md'.length))
    .filter((key) => frontMatter('pages', key, 'de')?.template === template);
}
