import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** What makes an SVG unsafe to publish: a script, an event handler, or a reference to anything outside the file. */
export type SvgProblem = 'script' | 'handler' | 'external';

// Elements that run code or embed another document; the rest of SVG only draws.
const scriptElements = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'handler', 'listener']);
const referenceAttributes = new Set(['href', 'xLinkHref', 'src']);
// Inside the file (#id) or a picture embedded in it: nothing is fetched.
const isLocal = (address: string) => /^\s*(#|data:image\/(png|jpeg|gif|webp)[;,])/i.test(address);
const externalInCss = (css: string) =>
  /@import/i.test(css) || [...css.matchAll(/url\(\s*["']?([^"')]*)/gi)].some((match) => !isLocal(match[1]));

const parser = unified().use(rehypeParse, { fragment: true });
const printer = unified().use(rehypeStringify, { space: 'svg', closeEmptyElements: true });

interface Finding {
  problem: SvgProblem;
  remove: () => void;
}

function findProblems(tree: Root): Finding[] {
  const findings: Finding[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    const removeNode = () =>
      parent && index !== undefined && parent.children.splice(index, 1, { type: 'text', value: '' });
    if (scriptElements.has(node.tagName.toLowerCase())) {
      findings.push({ problem: 'script', remove: removeNode });
      return SKIP;
    }
    if (
      node.tagName === 'style' &&
      externalInCss(node.children.map((child) => ('value' in child ? child.value : '')).join(''))
    )
      findings.push({ problem: 'external', remove: removeNode });
    for (const [name, value] of Object.entries(node.properties)) {
      const remove = () => delete node.properties[name];
      const text = Array.isArray(value) ? value.join(' ') : String(value);
      if (/^on/i.test(name)) findings.push({ problem: 'handler', remove });
      else if (referenceAttributes.has(name) && !isLocal(text)) findings.push({ problem: 'external', remove });
      else if (/^javascript:/i.test(text.trim())) findings.push({ problem: 'script', remove });
      else if (name === 'style' && externalInCss(text)) findings.push({ problem: 'external', remove });
      else if (typeof value === 'string' && /url\(/i.test(value) && externalInCss(value))
        findings.push({ problem: 'external', remove });
    }
    return undefined;
  });
  return findings;
}

/** The kinds of unsafe content in an SVG, each once. */
export function svgProblems(text: string): SvgProblem[] {
  return [...new Set(findProblems(parser.parse(text)).map((finding) => finding.problem))];
}

/** The SVG as it is published: unsafe parts and comments removed, written out again from the parsed tree. */
export function sanitizeSvg(text: string): string {
  const tree = parser.parse(text);
  for (const finding of findProblems(tree).reverse()) finding.remove();
  tree.children = tree.children.filter((child) => child.type === 'element');
  return `${printer.stringify(tree)}\n`;
}
