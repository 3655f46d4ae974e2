import { launch } from 'chrome-launcher';
import type { Result } from 'lighthouse';
import { chromiumPath, headlessChromiumFlags } from '../tooling/chromium';
import { median, modes, section, type Log, type PartReport, type Target } from './report';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** The metrics of the performance score, by the column that shows them (speed index is weighted in, not shown). */
const metrics = {
  'FCP ms': 'first-contentful-paint',
  'LCP ms': 'largest-contentful-paint',
  CLS: 'cumulative-layout-shift',
  'TBT ms': 'total-blocking-time',
};
/** Runs of one page that may fail to record (NO_NAVSTART now and then) before the page's audit fails. */
const maxRepeatedRuns = 2;

/** One page's figures by column: scores 0–100 and metrics, each the median over the runs. */
export type Audit = Record<(typeof categories)[number] | keyof typeof metrics | 'repeated runs', number> & {
  'failed audits': string;
};

/**
 * Lighthouse `runs` times on one page, with its default settings. Accessibility, best practices and SEO do not vary
 * between runs: only the first run audits them, the others the performance score's metrics.
 */
export async function auditPage(url: string, port: number, runs: number): Promise<Audit> {
  const { default: lighthouse } = await import('lighthouse');
  const results: Result[] = [];
  let repeatedRuns = 0;
  while (results.length < runs) {
    const only = results.length
      ? { onlyCategories: ['performance'], onlyAudits: [...Object.values(metrics), 'speed-index'] }
      : { onlyCategories: [...categories] };
    const lhr = (await lighthouse(url, { port, logLevel: 'error', disableFullPageScreenshot: true, ...only }))?.lhr;
    if (lhr && !lhr.runtimeError) results.push(lhr);
    else if (repeatedRuns++ === maxRepeatedRuns) throw new Error(`Lighthouse on ${url}: ${lhr?.runtimeError?.message}`);
  }
  const score = (category: string) =>
    median(results.flatMap((lhr) => lhr.categories[category]?.score ?? []).map((value) => Math.round(value * 100)));
  const metric = (id: string) =>
    Number(median(results.map((lhr) => lhr.audits[id].numericValue ?? NaN)).toFixed(id === metrics.CLS ? 3 : 0));
  const failed = Object.values(results[0].audits).filter(
    (audit) => audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1,
  );
  return {
    ...Object.fromEntries(categories.map((category) => [category, score(category)])),
    ...Object.fromEntries(Object.entries(metrics).map(([column, id]) => [column, metric(id)])),
    'failed audits': failed.map((audit) => audit.id).join(', ') || '–',
    'repeated runs': repeatedRuns,
  } as Audit;
}

function lighthouseTargets(audits: Audit[]): Target[] {
  const [lcp, cls] = (['LCP ms', 'CLS'] as const).map((column) => Math.max(...audits.map((audit) => audit[column])));
  return [
    ...categories.map((category): Target => {
      const lowest = Math.min(...audits.map((audit) => audit[category]));
      return [`Lighthouse ${category}, lowest of any page, both modes`, lowest, '100', lowest >= 100];
    }),
    ['Largest Contentful Paint, slowest page', `${lcp} ms`, '≤ 1,200 ms', lcp <= 1200],
    ['Cumulative Layout Shift, largest', cls, '0', cls === 0],
  ];
}

/** Every page in `pages` in both modes, in one Chromium started as Lighthouse's own command line starts it. */
export async function lighthouseReport(pages: string[], runs: number, log: Log): Promise<PartReport> {
  const browser = await launch({ chromePath: chromiumPath(), chromeFlags: headlessChromiumFlags });
  const rows: (string | number)[][] = [];
  const audits: Audit[] = [];
  try {
    for (const [mode, start] of Object.entries(modes)) {
      const server = await start();
      try {
        for (const page of pages) {
          audits.push(await auditPage(`${server.origin}${page}`, browser.port, runs));
          rows.push([mode, page, ...Object.values(audits.at(-1)!)]);
          log(`  ${rows.at(-1)!.join('  ')}`);
        }
      } finally {
        await server.stop();
      }
    }
  } finally {
    browser.kill();
  }
  const how = `Lighthouse's defaults (a phone on slow 4G, 4× slower CPU); performance and its metrics are the median of ${runs} runs, the other scores are from the first run. Repeated runs: runs Lighthouse could not record and ran again.`;
  const head = ['mode', 'page', ...Object.keys(audits[0] ?? {})];
  return { targets: lighthouseTargets(audits), sections: [section('Lighthouse', how, head, rows)] };
}
