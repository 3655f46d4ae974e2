import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content';
import { renderMarkdown } from '@/lib/content/markdown';
import { xssVectors } from '../fixtures/xss-vectors';
import { checkSite, validSite } from './site-fixture';

// Elements that run code, load or embed something, submit data, change the page's base or style, or hide markup.
const activeElements = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'button',
  'textarea',
  'select',
  'svg',
  'math',
  'template',
  'noscript',
  'xmp',
  'marquee',
  'portal',
  'video',
  'audio',
  'body',
  'html',
]);
// Attributes that hold an address the browser may follow or load.
const addressAttributes = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'poster',
  'background',
  'data',
  'cite',
  'longDesc',
  'xLinkHref',
];
const safeSchemes = ['http', 'https', 'mailto', 'tel'];

/** The scheme as a browser reads it (WHATWG URL): tabs and line breaks removed, leading controls and spaces trimmed. */
const schemeOf = (address: string) =>
  /^([a-z][a-z\d+.-]*):/i.exec(address.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, ''))?.[1].toLowerCase();

/** Everything live in rendered HTML, found by parsing it as the browser does where the page inserts it (inside a <div>). */
function liveMarkup(html: string): string[] {
  const found: string[] = [];
  visit(unified().use(rehypeParse, { fragment: true }).parse(html) as Root, 'element', (node: Element) => {
    if (activeElements.has(node.tagName)) found.push(`<${node.tagName}>`);
    if (node.tagName === 'input' && !(node.properties.type === 'checkbox' && node.properties.disabled))
      found.push('an enabled <input>');
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name) || name === 'style' || name === 'srcDoc') found.push(`${name} on <${node.tagName}>`);
      if (name === 'name' && !String(value).startsWith('user-content-')) found.push(`name="${value}" (DOM clobbering)`);
      if (!addressAttributes.includes(name)) continue;
      const addresses =
        name === 'srcSet'
          ? String(value)
              .split(',')
              .map((candidate) => candidate.trim().split(/\s+/)[0])
          : [String(value)];
      for (const address of addresses) {
        const scheme = schemeOf(address);
        if (scheme && !safeSchemes.includes(scheme)) found.push(`${name}="${address}"`);
      }
    }
  });
  return found;
}

describe('Markdown written to attack visitors', () => {
  it.each(xssVectors.map((vector) => [vector.markdown, vector.refusedAs] as const))(
    '%j renders without live markup and is refused as %s',
    (markdown, refusedAs) => {
      const codes: string[] = [];
      const html = renderMarkdown(markdown, { report: (code) => codes.push(code) });
      expect(liveMarkup(html), html).toEqual([]);
      if (refusedAs) expect(codes).toContain(refusedAs);
      else expect(codes.filter((code) => code.startsWith('html_') || code === 'link_scheme_not_allowed')).toEqual([]);
    },
  );

  it('the checker of this test finds live markup where there is some', () => {
    expect(
      liveMarkup('<p><img src=x onerror=alert(1)><a href="jav&#x09;ascript:x">a</a><svg></svg><p style="x">'),
    ).toEqual(['onError on <img>', 'href="jav\tascript:x"', '<svg>', 'style on <p>']);
  });
});

const goals = validSite['content/pages/goals.de.md']!;
const withBody = (body: string) =>
  checkSite({ 'content/pages/goals.de.md': `${goals}\n${body}\n` }).issues.map((issue) => formatIssue(issue, 'en'));

describe('the content check refuses markup the site would remove, naming line and remedy', () => {
  it('elements that are not allowed', () => {
    expect(withBody('Text\n\n<iframe src="https://example.org/video"></iframe>')).toEqual([
      'content/pages/goals.de.md:12  The HTML element <iframe> is not allowed in a page: the site removes it, and with it anything it would do.  →  Remove the element and write the content in Markdown. Videos, maps or forms of other sites cannot be embedded: link to them, e.g. [Video of the kick-off meeting](https://example.org/video).',
    ]);
  });

  it('event handlers and style attributes', () => {
    expect(withBody('<p style="color: red">Rot</p>\n<img src="/bild.png" alt="Bild" onerror="alert(1)">')).toEqual([
      'content/pages/goals.de.md:10  The attribute style on <p> is not allowed: the site removes it.  →  Remove style=“…”. Pages have no code (on…) and no design of their own (style); write emphasis in Markdown, e.g. **bold** or ## Heading.',
      'content/pages/goals.de.md:11  The attribute onerror on <img> is not allowed: the site removes it.  →  Remove onerror=“…”. Pages have no code (on…) and no design of their own (style); write emphasis in Markdown, e.g. **bold** or ## Heading.',
      'content/pages/goals.de.md:11  The link /bild.png leads nowhere: there is no such page or file.  →  Link pages with page:NAME and files with their path under public/, e.g. /materials/report.pdf.',
    ]);
  });

  it('addresses that would run code or carry data', () => {
    expect(withBody('Ein [Beispiel](JavaScript:alert(1)) im Text.')).toEqual([
      'content/pages/goals.de.md:10  The address JavaScript:alert(1) is not allowed: the site removes addresses that start with javascript:, vbscript:, data: or any other unknown type.  →  Link a web address (https://…), an e-mail address (mailto:…), a phone number (tel:…) or a page of the site (page:NAME).',
    ]);
  });

  it('while harmless HTML, page: links and web, e-mail and phone addresses pass', () => {
    expect(
      withBody(
        '<span lang="it">Comune di Ravenna</span>, [Kontakt](page:goals), [Mail](mailto:a@example.org), [Tel](tel:+496074), <sup>1</sup>',
      ),
    ).toEqual([]);
  });
});
