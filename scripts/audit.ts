/**
 * `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) on every
 * page of the content index in both languages, against the production build.
 * Writes reports/audit.json and prints a table. Targets are checked here, not in timed tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { checkContent } from '../lib/content';
import { chromiumExecutable } from '../tests/browser';
import { startServer } from './production-server';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface LighthouseResult {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { id: string; score: number | null; scoreDisplayMode: string }>;
}

async function main() {
  const { site } = checkContent({ includeDrafts: false });
  if (!site) throw new Error('The content has errors: run npm run content:check');
  const server = await startServer();
  const chromePath = chromiumExecutable();
  // Lighthouse starts Chrome itself; CHROME_PATH points it at Debian's Chromium where Playwright's is not installed.
  const env = chromePath ? { ...process.env, CHROME_PATH: chromePath } : process.env;
  const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';
  const rows: { path: string; scores: Record<string, number>; failed: string[] }[] = [];
  try {
    for (const page of site.pages) {
      // Lighthouse's command line, not its module: tsx rewrites functions that Lighthouse runs inside the browser.
      const report = execFileSync(
        'npx',
        ['lighthouse', `${server.origin}${page.path}`, `--chrome-flags=${chromeFlags}`, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`],
        { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env },
      );
      const lhr = JSON.parse(report) as LighthouseResult;
      const scores = Object.fromEntries(categories.map((category) => [category, Math.round((lhr.categories[category].score ?? 0) * 100)]));
      const failed = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      rows.push({ path: page.path, scores, failed });
      console.log(`${page.path.padEnd(28)} ${categories.map((category) => `${category} ${scores[category]}`).join('  ')}${failed.length ? `  failed: ${failed.join(', ')}` : ''}`);
    }
  } finally {
    server.stop();
  }
  fs.mkdirSync('reports', { recursive: true });
  fs.writeFileSync('reports/audit.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  const minimum = (category: string) => Math.min(...rows.map((row) => row.scores[category]));
  console.log(`\nLowest over ${rows.length} pages: ${categories.map((category) => `${category} ${minimum(category)}`).join(', ')}`);
  if (minimum('accessibility') < 100 || minimum('seo') < 100) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
