import fs from 'node:fs';
import { parse, type DefaultTreeAdapterTypes as Html } from 'parse5';

const attribute = (node: Html.Element, name: string) => node.attrs.find((attr) => attr.name === name)?.value;

/** JSON-LD is data for search engines: the browser never runs it, and CSP does not apply to it. */
function loadsScript(node: Html.Element): boolean {
  if (node.tagName === 'script') return attribute(node, 'type') !== 'application/ld+json';
  if (node.tagName !== 'link') return false;
  const rel = (attribute(node, 'rel') ?? '').toLowerCase().split(/\s+/);
  return rel.includes('modulepreload') || (rel.includes('preload') && attribute(node, 'as') === 'script');
}

/** Where each element that is or loads a script starts and ends in the page's text. */
function scriptRanges(parent: Html.ParentNode, ranges: [number, number][] = []): [number, number][] {
  for (const node of parent.childNodes) {
    if (!('tagName' in node)) continue;
    if (!loadsScript(node)) {
      scriptRanges(node.tagName === 'template' ? (node as Html.Template).content : node, ranges);
      continue;
    }
    const location = node.sourceCodeLocation;
    if (!location || (node.tagName === 'script' && !location.endTag))
      throw new Error(`A <${node.tagName}> without its end in the page's text`);
    ranges.push([location.startOffset, location.endOffset]);
  }
  return ranges;
}

/**
 * Removes Next's runtime from a prerendered page: its script files, the inline scripts that carry
 * the RSC payload (`self.__next_f.push(…)`) and start hydration, and the preloads of script files.
 * The page is already complete HTML; JSON-LD stays. An HTML parser finds the elements, and they are cut
 * out of the page's text, which otherwise stays byte for byte as Next wrote it.
 */
export function stripScripts(html: string): string {
  const ranges = scriptRanges(parse(html, { sourceCodeLocationInfo: true })).sort(([a], [b]) => a - b);
  let kept = '';
  let from = 0;
  for (const [start, end] of ranges) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** The step both builds share (docs/decisions/zero-javascript.md): each prerendered page loses Next's runtime, in place. */
export function stripRuntime(files: string[]): void {
  for (const file of files) fs.writeFileSync(file, stripScripts(fs.readFileSync(file, 'utf8')));
}
