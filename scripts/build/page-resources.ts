import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse);

const relOf = (node: Element) => ([] as unknown[]).concat(node.properties.rel ?? []).map(String);

/** The stylesheets, script files and inline scripts a page refers to, read with an HTML parser. */
export function pageResources(html: string) {
  const css = new Set<string>();
  const js = new Set<string>();
  let inlineScript = 0;
  visit(parser.parse(html), 'element', (node: Element) => {
    const { properties } = node;
    if (node.tagName === 'script') {
      if (properties.type === 'application/ld+json') return;
      if (typeof properties.src === 'string') js.add(properties.src);
      else
        inlineScript += node.children.reduce(
          (sum, child) => sum + (child.type === 'text' ? Buffer.byteLength(child.value) : 0),
          0,
        );
    } else if (node.tagName === 'link' && typeof properties.href === 'string') {
      const rel = relOf(node);
      if (rel.includes('stylesheet') || (rel.includes('preload') && properties.as === 'style'))
        css.add(properties.href);
      if (rel.includes('modulepreload') || (rel.includes('preload') && properties.as === 'script'))
        js.add(properties.href);
    }
  });
  return { css: [...css], js: [...js], inlineScript };
}
