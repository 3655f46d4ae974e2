import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

/**
 * What a page's Markdown may become in HTML: GitHub's rules (rehype-sanitize's default schema) without
 * picture sources, plus `lang` on any element, and only web, e-mail and phone addresses in links. Everything else is removed when the page
 * is rendered; the content check (markup-rules.ts) tells staff about the parts that would be removed.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  // No <picture>/<source>: a srcset is a list of addresses, which the sanitizer does not check one by one
  // (images are written as ![text](address) anyway).
  tagNames: defaultSchema.tagNames!.filter((name) => name !== 'picture' && name !== 'source'),
  // Removed with their content, which is no text for the page (the default removes only scripts).
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'title',
    'textarea',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'object',
    'svg',
    'math',
  ],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'lang'],
  },
  protocols: {
    ...defaultSchema.protocols,
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
  },
};
