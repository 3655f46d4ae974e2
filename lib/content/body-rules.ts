import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { IssueCode, IssueParams } from './issues';

/** Reports a problem found in a page's Markdown at a line of that Markdown. */
export type BodyReporter = (code: IssueCode, line: number | undefined, params?: IssueParams) => void;

// Link texts that say nothing about where the link leads (WCAG 2.4.4).
const meaninglessLinkTexts = new Set([
  'hier',
  'mehr',
  'weiter',
  'link',
  'klicken',
  'hier klicken',
  'mehr erfahren',
  'weiterlesen',
  'here',
  'more',
  'click',
  'click here',
  'read more',
  'learn more',
  'this',
]);

const headingLevel = (node: Element) => (/^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : undefined);

function hasHeaderRow(table: Element): boolean {
  let found = false;
  visit(table, 'element', (cell: Element) => {
    if (cell.tagName === 'th') found = true;
  });
  return found;
}

/** Accessibility of what staff write: alt texts, heading order, link texts, table headers. */
export function checkBody(tree: Root, report: BodyReporter) {
  let previousLevel = 1;
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line;
    const level = headingLevel(node);
    if (level !== undefined) {
      if (level === 1) report('heading_level_one', line);
      else if (level > previousLevel + 1) report('heading_skipped', line, { level, expected: previousLevel + 1 });
      previousLevel = level;
    }
    if (node.tagName === 'img' && !String(node.properties.alt ?? '').trim()) {
      report('image_without_alt', line, { value: String(node.properties.src ?? '') });
    }
    if (node.tagName === 'a') {
      const text = (toString(node) || imageAlt(node.children)).trim();
      if (!text) report('link_without_text', line, { value: String(node.properties.href ?? '') });
      else if (meaninglessLinkTexts.has(text.toLowerCase().replace(/[.:!\u2026]+$/, '')))
        report('link_text_meaningless', line, { value: text });
    }
    if (node.tagName === 'table' && !hasHeaderRow(node)) report('table_without_header', line);
  });
}

function imageAlt(children: ElementContent[]): string {
  return children
    .map((child) => (child.type === 'element' && child.tagName === 'img' ? String(child.properties.alt ?? '') : ''))
    .join('');
}
