import { describe, expect, it } from 'vitest';
import { chooserScript } from '@/scripts/build/language-chooser';
import { brokenBudgets, weightTargets, type PageWeight } from '@/scripts/bench/weight';

const weight = (gzip: number, raw = gzip * 4) => ({ raw, gzip });

function page(overrides: Partial<PageWeight> = {}): PageWeight {
  return {
    mode: 'server',
    path: '/de/lang',
    html: weight(20 * 1024),
    text: weight(5 * 1024),
    css: weight(7 * 1024),
    js: weight(0),
    ...overrides,
  };
}

describe('the HTML budget', () => {
  const longText = 100 * 1024;

  it('lets staff write a long page: its text does not count', () => {
    const long = page({ html: weight(20 * 1024 + longText), text: weight(longText) });
    expect(brokenBudgets([long, { ...long, mode: 'export' }])).toEqual([]);
  });

  it('holds what the templates add around the text, in both modes', () => {
    const heavy = page({ html: weight(41 * 1024 + longText), text: weight(longText) });
    expect(brokenBudgets([heavy, { ...heavy, mode: 'export' }])).toEqual([
      "server /de/lang: 41.0 KB of HTML beyond the page's text (gzip) > 40.0 KB",
      "export /de/lang: 41.0 KB of HTML beyond the page's text (gzip) > 40.0 KB",
    ]);
  });
});

describe('the script budget', () => {
  const chooser = Buffer.byteLength(chooserScript);

  it('allows no byte of script on any page of either mode', () => {
    const broken = brokenBudgets([
      page({ js: weight(21, 1) }),
      page({ mode: 'export', path: '/en', js: weight(21, 1) }),
    ]);
    expect(broken).toEqual(['server /de/lang: 1 B of JavaScript > 0 B', 'export /en: 1 B of JavaScript > 0 B']);
  });

  it("allows the export's language chooser `/` its one script, and not a byte more", () => {
    const root = (bytes: number) => page({ mode: 'export', path: '/', js: weight(bytes, bytes) });
    expect(brokenBudgets([root(chooser)])).toEqual([]);
    expect(brokenBudgets([root(chooser + 1)])).toEqual(['export /: 1 B of JavaScript > 0 B']);
    expect(brokenBudgets([page({ path: '/', js: weight(chooser, chooser) })])).toHaveLength(1);
  });
});

describe('the CSS budget', () => {
  it('holds the stylesheets of every page to 10 KB (gzip)', () => {
    expect(brokenBudgets([page({ css: weight(10 * 1024) })])).toEqual([]);
    expect(brokenBudgets([page({ mode: 'export', css: weight(10 * 1024 + 1) })])).toEqual([
      'export /de/lang: 10.0 KB of CSS (gzip) > 10.0 KB',
    ]);
  });
});

describe("the bench's targets of page weight", () => {
  it('report the most of any page and whether it met its budget', () => {
    const targets = weightTargets([page(), page({ mode: 'export', css: weight(12 * 1024) })]);
    expect(targets.map(([figure, measured, , met]) => [figure, measured, met])).toEqual([
      ['JavaScript, most of any page, both modes', '0 B', true],
      ['CSS (gzip), most of any page, both modes', '12.0 KB', false],
      ["HTML beyond the page's text (gzip), most of any page, both modes", '15.0 KB', true],
    ]);
  });
});
