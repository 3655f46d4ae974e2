import type { Element, ElementContent, Root, Text } from 'hast';
import { raw } from 'hast-util-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkBreaks from 'remark-breaks';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { checkBody, type BodyReporter } from './body-rules';
import { checkMarkup } from './markup-rules';
import { placePictures, resolvePictureSources, type PictureResolver } from './picture-markup';
import { hasPlaceholder, splitPlaceholders } from './placeholders';
import { sanitizeSchema } from './sanitize-schema';

/** Rewrites one link target (line is in the Markdown); returns undefined to leave it as written. */
export type LinkResolver = (href: string, kind: 'link' | 'image', line: number | undefined) => string | undefined;

export interface RenderHooks {
  resolveLink?: LinkResolver;
  report?: BodyReporter;
  /** Pictures named `image:NAME`: without it they are left out. */
  resolvePicture?: PictureResolver;
  /** Every line break in a paragraph becomes a <br> (a page's `lineBreaks: true`). */
  lineBreaks?: boolean;
}

declare module 'vfile' {
  interface DataMap {
    hooks: RenderHooks;
  }
}

/** Raw HTML written into the Markdown becomes elements, so that it is checked and sanitized like the rest. */
function parseRawHtml() {
  return (tree: Root, file: VFile) => {
    let hasRaw = false;
    visit(tree, 'raw', () => {
      hasRaw = true;
    });
    // Re-parsing the whole tree as HTML is the costliest step: skip it when there is no raw HTML.
    return hasRaw ? (raw(tree, { file }) as Root) : tree;
  };
}

/** The checks and link rewriting of the page being rendered (handed over in the file's data). */
function applyHooks() {
  return (tree: Root, file: VFile) => {
    const { report, resolveLink, resolvePicture } = file.data.hooks ?? {};
    if (report) {
      checkMarkup(tree, report);
      checkBody(tree, report);
    }
    resolvePictureSources(tree, file, resolvePicture ?? (() => undefined));
    if (resolveLink) resolveLinks(tree, resolveLink, file.data.pictures!);
  };
}

function resolveLinks(tree: Root, resolve: LinkResolver, pictures: ReadonlyMap<string, unknown>) {
  visit(tree, 'element', (node: Element) => {
    const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
    const value = attribute && node.properties[attribute];
    if (typeof value !== 'string' || (attribute === 'src' && pictures.has(value))) return;
    const resolved = resolve(value, attribute === 'href' ? 'link' : 'image', node.position?.start.line);
    if (resolved !== undefined) node.properties[attribute!] = resolved;
  });
}

/** Wraps each [PLATZHALTER: …] in <mark class="placeholder"> so nobody misses an open fact. */
function markPlaceholders() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text, index, parent) => {
      if (!parent || index === undefined || !hasPlaceholder(node.value)) return;
      const parts = splitPlaceholders(node.value).map(({ text, placeholder }): ElementContent =>
        placeholder
          ? {
              type: 'element',
              tagName: 'mark',
              properties: { className: ['placeholder'] },
              children: [{ type: 'text', value: text }],
            }
          : { type: 'text', value: text },
      );
      parent.children.splice(index, 1, ...parts);
      return [SKIP, index + parts.length];
    });
  };
}

// Built once: a processor per page would redo the set-up of every plugin for each file.
const renderingWith = (lineBreaks: boolean) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(lineBreaks ? [remarkBreaks] : [])
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(parseRawHtml)
    .use(applyHooks)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeSlug)
    .use(placePictures)
    .use(markPlaceholders)
    .use(rehypeStringify)
    .freeze();

const rendering = renderingWith(false);
const renderingWithLineBreaks = renderingWith(true);

/**
 * Markdown (GitHub flavour) to HTML that is safe to insert into a page:
 * raw HTML is parsed and then sanitized, so scripts, event handlers and
 * javascript:/data: links never reach a visitor.
 */
export function renderMarkdown(markdown: string, hooks: RenderHooks = {}): string {
  const processor = hooks.lineBreaks ? renderingWithLineBreaks : rendering;
  return String(processor.processSync(new VFile({ value: markdown, data: { hooks } })));
}
