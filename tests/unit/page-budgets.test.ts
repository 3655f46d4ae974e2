import { describe, expect, it } from 'vitest';
import { brokenBudgets, budgets, type BuildWeights, type ContentPageWeight } from '@/scripts/bench/budgets';

const floorJs = 130_000;

function page(htmlGzip: number, textGzip: number): ContentPageWeight {
  const weight = (gzip: number) => ({ raw: gzip * 4, gzip });
  return {
    path: '/de/lang',
    html: weight(htmlGzip),
    text: weight(textGzip),
    inlineScript: 0,
    css: weight(7_000),
    js: weight(floorJs),
    noModuleJs: weight(0),
    files: { css: [], js: [], noModuleJs: [] },
  };
}

const weights = (server: ContentPageWeight, exported: ContentPageWeight): BuildWeights => ({
  server: [server],
  export: [{ ...exported, js: { raw: 0, gzip: 0 } }],
  exportFiles: [],
});

describe('the HTML budget', () => {
  const frame = 20 * 1024;
  const longText = 100 * 1024;

  it('lets staff write a long page: its text does not count', () => {
    expect(brokenBudgets(weights(page(frame + longText, longText), page(frame + longText, longText)), floorJs)).toEqual(
      [],
    );
  });

  it('holds what the templates add around the text', () => {
    const heavyFrame = budgets.htmlGzip + 1024;
    const broken = brokenBudgets(
      weights(page(heavyFrame + longText, longText), page(heavyFrame + longText, longText)),
      floorJs,
    );
    expect(broken).toHaveLength(2);
    expect(broken[0]).toMatch(/^server \/de\/lang: .* beyond the page's own text/);
    expect(broken[1]).toMatch(/^export \/de\/lang: /);
  });
});
