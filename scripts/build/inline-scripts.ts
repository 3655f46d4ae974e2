import { createHash } from 'node:crypto';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse);

/**
 * The CSP hash source (`sha256-…`) of every inline script of a page, in the order of the page, without
 * repeats. Read with an HTML parser, so the text hashed is the text the browser hashes. JSON-LD is left out:
 * it is data, never run, and needs no permission. Any other inline script counts, whatever its type: one
 * hashed needlessly costs a few bytes of header, one left out would be blocked.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  visit(parser.parse(html) as Root, 'element', (node: Element) => {
    if (node.tagName !== 'script' || node.properties.src !== undefined || node.properties.type === 'application/ld+json') return;
    hashes.add(`sha256-${createHash('sha256').update(toString(node), 'utf8').digest('base64')}`);
  });
  return [...hashes];
}
