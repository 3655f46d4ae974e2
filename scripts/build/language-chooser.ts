import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { routing } from '../../i18n/routing';

/**
 * The one script of the static export, on `/` (out/index.html): goes to the first language in the
 * browser's list that the site has, German when there is none. nginx does the same from
 * Accept-Language before the page is ever sent (deploy/nginx.conf).
 */
export const chooserScript =
  `var l=${JSON.stringify(routing.locales)},p=(navigator.languages||[]).map(function(t){return t.split("-")[0].toLowerCase()})` +
  `.filter(function(t){return l.indexOf(t)>=0})[0];location.replace("/"+(p||${JSON.stringify(routing.defaultLocale)}))`;

/** For Content-Security-Policy `script-src`: deploy/nginx.conf and docs/deploy.md name this value. */
export const chooserScriptHash = `'sha256-${createHash('sha256').update(chooserScript).digest('base64')}'`;

function addChooser() {
  return (tree: Root) => {
    const html = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
    const head = html?.children.find((node): node is Element => node.type === 'element' && node.tagName === 'head');
    if (!head) throw new Error('out/index.html has no <head>');
    head.children.push({
      type: 'element',
      tagName: 'script',
      properties: {},
      children: [{ type: 'text', value: chooserScript }],
    });
  };
}

const processor = unified().use(rehypeParse).use(addChooser).use(rehypeStringify);

export function addLanguageChooser(html: string): string {
  return String(processor.processSync(html));
}
