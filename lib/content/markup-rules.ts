import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { BodyReporter } from './body-rules';
import { sanitizeSchema } from './sanitize-schema';

const allowedElements = new Set(sanitizeSchema.tagNames);
const removedWithContent = new Set(sanitizeSchema.strip);
const protocols = sanitizeSchema.protocols!;

// The address types each attribute may have. `page:NAME` links and `image:NAME` pictures are turned into addresses before the page is
// sanitized; a set of image sources (srcset) is held to the rules of a single one.
const allowedSchemes: Record<string, string[]> = {
  href: [...protocols.href!, 'page'],
  src: [...protocols.src!, 'image'],
  srcSet: protocols.src!,
  cite: protocols.cite!,
  longDesc: protocols.longDesc!,
};

/** An address's scheme as a browser reads it: tabs and line breaks inside do not count, nor spaces and controls before it. */
function schemeOf(address: string): string | undefined {
  const cleaned = address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

function addresses(name: string, value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return name === 'srcSet' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]) : [value];
}

/**
 * What the sanitizer would remove from a page's HTML, reported to staff before it silently disappears:
 * elements it does not allow (scripts, frames, forms, styles, SVG, …), event handlers and `style`, and
 * addresses that would run code or carry data (javascript:, vbscript:, data:, …), however they are written.
 */
export function checkMarkup(tree: Root, report: BodyReporter) {
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line;
    if (!allowedElements.has(node.tagName)) {
      report('html_element_not_allowed', line, { element: `<${node.tagName}>` });
      return removedWithContent.has(node.tagName) ? SKIP : undefined;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style')
        report('html_attribute_not_allowed', line, { attribute: name.toLowerCase(), element: `<${node.tagName}>` });
      const schemes = allowedSchemes[name];
      for (const address of schemes ? addresses(name, value) : []) {
        const scheme = schemeOf(address);
        if (scheme && !schemes.includes(scheme)) report('link_scheme_not_allowed', line, { value: address });
      }
    }
    return undefined;
  });
}
