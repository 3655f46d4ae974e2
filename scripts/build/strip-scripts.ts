import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** JSON-LD is data for search engines: the browser never runs it, and CSP does not apply to it. */
const isData = (node: Element) => node.tagName === 'script' && node.properties.type === 'application/ld+json';

function loadsScript(node: Element): boolean {
  if (node.tagName === 'script') return !isData(node);
  if (node.tagName !== 'link') return false;
  const rel = ([] as unknown[]).concat(node.properties.rel ?? []).map(String);
  return rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script');
}

/**
 * Removes Next's runtime from a prerendered page: its script files, the inline scripts that carry
 * the RSC payload (`self.__next_f.push(…)`) and start hydration, and the preloads of script files.
 * The page is already complete HTML; JSON-LD stays.
 */
function removeScripts() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (!parent || index === undefined || !loadsScript(node)) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
  };
}

const processor = unified().use(rehypeParse).use(removeScripts).use(rehypeStringify);

export function stripScripts(html: string): string {
  return String(processor.processSync(html));
}
