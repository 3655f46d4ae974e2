import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { type Result } from 'lighthouse';
import { chromiumExecutable } from '../tooling/chromium';
import { serveExport } from '../tooling/nginx';
import { median } from './median';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** One page's Lighthouse figures (the median of each over the runs), scores 0–100. */
export interface LighthouseFigures {
  path: string;
  runs: number;
  scores: Record<(typeof categories)[number], number>;
  /** The performance score of each run, in order: how far one page's score moves between runs. */
  performanceByRun: number[];
  lcpMs: number;
  cls: number;
  tbtMs: number;
  fcpMs: number;
  /** The element Lighthouse took as the largest contentful paint (of the first run). */
  lcpElement?: string;
  /** Its LCP in parts (time to first byte, render delay, …) as the first run observed it, without throttling, ms. */
  lcpBreakdownMs?: Record<string, number>;
  /** Pass/fail audits that failed in any run. */
  failedAudits: string[];
  /**
   * Lighthouse's measure of the host CPU (median over the runs). Its 4× CPU slowdown assumes a fast desktop (1500–2000);
   * below 1000 Lighthouse warns that the scores understate the page.
   */
  benchmarkIndex: number;
  /** The longest main-thread task of the first run (after the CPU slowdown) and what Lighthouse attributes it to. */
  longestTask?: { ms: number; source: string };
  /** Lighthouse's error code for each run it could not record and that was run again. */
  repeatedRuns?: string[];
}

export function chromiumPath(): string {
  return chromiumExecutable() ?? chromium.executablePath();
}

/**
 * One headless Chromium for all runs (Lighthouse opens a fresh tab per run and clears the cache and storage before it),
 * with its own temporary profile; Lighthouse's default settings: a mobile device, simulated slow 4G and CPU.
 */
export async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-bench-chromium-'));
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ];
  // In a process group of its own, so that stopping it stops its helper processes too.
  const browser = spawn(
    chromiumPath(),
    [...flags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  const exited = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  const stop = async () => {
    try {
      process.kill(-browser.pid!);
    } catch {
      // Already gone.
    }
    await exited;
    // A helper process may still be writing its last files: leaving the temporary profile behind must not fail the bench.
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.warn(`Could not remove ${profile}: ${(error as Error).message}`);
    }
  };
  return new Promise((resolve, reject) => {
    let output = '';
    browser.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const port = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) resolve({ port: Number(port), stop });
    });
    browser.once('exit', (code) => reject(new Error(`Chromium exited with ${code}: ${output}`)));
  });
}

export const blankPagePath = '/blank';

/**
 * A page with a heading and a paragraph, no script, no stylesheet and no image, served by nginx with the export's
 * configuration: what Lighthouse gives it on this machine is the most that any page can score here.
 */
export async function serveBlankPage(): Promise<{ origin: string; stop: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-bench-blank-'));
  // mkdtemp makes the folder private; nginx's workers run as another user.
  fs.chmodSync(dir, 0o755);
  // An icon of its own, since a browser that finds none asks for /favicon.ico and logs the 404 as an error.
  fs.writeFileSync(path.join(dir, 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>\n');
  fs.writeFileSync(
    path.join(dir, `${blankPagePath.slice(1)}.html`),
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<title>Blank page</title><meta name="description" content="A page with nothing to run or to style.">' +
      '<link rel="icon" href="/icon.svg" type="image/svg+xml"></head>' +
      '<body><main><h1>Blank page</h1><p>A page with nothing to run or to style.</p></main></body></html>\n',
  );
  const server = await serveExport(dir);
  return {
    origin: server.origin,
    stop: () => {
      server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Runs of one page that may fail to record before the page's audit fails: a page that fails every time is broken. */
const maxRepeatedRuns = 2;

/** The metrics the performance score is weighted from: all that a run after the first audits. */
const performanceMetrics = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * Lighthouse `runs` times on one page; each performance figure is the median of the runs. Accessibility, best practices
 * and SEO do not vary from run to run: only the first run audits them, the others only the metrics of the performance
 * score (which keeps the full bench within its time). No run takes a full-page screenshot, which no figure here needs.
 */
export async function auditPage(
  origin: string,
  pagePath: string,
  port: number,
  runs: number,
): Promise<LighthouseFigures> {
  const results: Result[] = [];
  const repeatedRuns: string[] = [];
  while (results.length < runs) {
    const only =
      results.length === 0
        ? { onlyCategories: [...categories] }
        : { onlyCategories: ['performance'], onlyAudits: performanceMetrics };
    const result = await lighthouse(`${origin}${pagePath}`, {
      port,
      output: 'json',
      logLevel: 'error',
      ...only,
      disableFullPageScreenshot: true,
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${pagePath}`);
    const error = result.lhr.runtimeError;
    if (!error) {
      results.push(result.lhr);
      continue;
    }
    // Now and then Lighthouse fails to record a page load (NO_NAVSTART on 2026-11-30) that the next run records.
    if (repeatedRuns.length === maxRepeatedRuns) throw new Error(`Lighthouse on ${pagePath}: ${error.message}`);
    console.warn(`  Lighthouse could not record ${pagePath} (${error.code}); running it again`);
    repeatedRuns.push(error.code);
  }
  const numeric = (id: string) => median(results.map((lhr) => lhr.audits[id].numericValue ?? NaN));
  const failedAudits = new Set(
    results.flatMap((lhr) =>
      Object.values(lhr.audits)
        .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score !== null && audit.score < 1)
        .map((audit) => audit.id),
    ),
  );
  // Lighthouse 13 tells the LCP element and its parts (unthrottled, as observed) in its LCP breakdown insight.
  type BreakdownItem = { type?: string; selector?: string; items?: { subpart?: string; duration?: number }[] };
  const breakdown =
    (results[0].audits['lcp-breakdown-insight']?.details as { items?: BreakdownItem[] } | undefined)?.items ?? [];
  const subparts = breakdown.find((item) => item.type === 'table')?.items ?? [];
  return {
    path: pagePath,
    runs,
    scores: Object.fromEntries(
      categories.map((category) => [
        category,
        median(
          results
            .filter((lhr) => lhr.categories[category])
            .map((lhr) => Math.round((lhr.categories[category].score ?? 0) * 100)),
        ),
      ]),
    ) as LighthouseFigures['scores'],
    performanceByRun: results.map((lhr) => Math.round((lhr.categories.performance.score ?? 0) * 100)),
    lcpMs: Math.round(numeric('largest-contentful-paint')),
    cls: Math.round(numeric('cumulative-layout-shift') * 1000) / 1000,
    tbtMs: Math.round(numeric('total-blocking-time')),
    fcpMs: Math.round(numeric('first-contentful-paint')),
    lcpElement: breakdown.find((item) => item.type === 'node')?.selector,
    lcpBreakdownMs: Object.fromEntries(subparts.map((item) => [item.subpart, Math.round(item.duration ?? 0)])),
    failedAudits: [...failedAudits].sort(),
    benchmarkIndex: Math.round(median(results.map((lhr) => lhr.environment.benchmarkIndex))),
    longestTask: longestTask(results[0]),
    ...(repeatedRuns.length ? { repeatedRuns } : {}),
  };
}

function longestTask(lhr: Result): LighthouseFigures['longestTask'] {
  const tasks =
    (lhr.audits['long-tasks']?.details as { items?: { url?: string; duration?: number }[] } | undefined)?.items ?? [];
  const [longest] = [...tasks].sort((a, b) => (b.duration ?? 0) - (a.duration ?? 0));
  return longest ? { ms: Math.round(longest.duration ?? 0), source: longest.url ?? 'Unattributable' } : undefined;
}
