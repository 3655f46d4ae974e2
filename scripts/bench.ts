/**
 * `npm run bench`: page weight against the floor (a bare Next page), throughput, Lighthouse and scaling, in one run;
 * writes docs/performance.md and docs/performance.json. Runs unattended on a fresh clone after `npm ci`: it builds both
 * modes, starts and stops its own servers on free ports and removes its temporary folders. Before each part it waits
 * (up to --quiet-wait seconds, default 600) for the shared machine to be quiet, and records the load average.
 *
 * For development: `--only weight,throughput,lighthouse,scaling`, `--runs 1`, `--sizes 100`, `--pages /de,/en`,
 * `--skip-build` (measure the builds as they are); a narrowed run writes to reports/ instead of docs/. `npm run audit` is `--only lighthouse`.
 * `--report-only` writes docs/performance.md again from docs/performance.json, measuring nothing.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { brokenBudgets, weighBuilds } from './bench/budgets';
import { buildFloor } from './bench/floor';
import {
  auditPage,
  blankPagePath,
  chromiumPath,
  serveBlankPage,
  startChromium,
  type LighthouseFigures,
} from './bench/lighthouse';
import { describeMachine, quietLoad, runPart, type PartRecord } from './bench/machine';
import { missNotes } from './bench/notes';
import { performanceJson, writeReport } from './bench/report';
import type { BenchResults } from './bench/results';
import { measureScaling } from './bench/scaling';
import { measureThroughput } from './bench/throughput';
import { serveExport } from './tooling/nginx';
import { exportDir } from './build/folders';
import { startServer } from './tooling/production-server';

const allParts = ['weight', 'throughput', 'lighthouse', 'scaling'] as const;
const { values } = parseArgs({
  options: {
    only: { type: 'string', default: allParts.join(',') },
    runs: { type: 'string', default: '3' },
    sizes: { type: 'string', default: '100,500,1000' },
    'quiet-wait': { type: 'string', default: '600' },
    pages: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
  },
});
const only = new Set(values.only.split(','));
const runs = Number(values.runs);
const sizes = values.sizes.split(',').map(Number);
const quietWaitMs = Number(values['quiet-wait']) * 1000;
const narrowed = [
  ...allParts.filter((part) => !only.has(part)).map((part) => `no ${part}`),
  ...(runs !== 3 ? [`Lighthouse ${runs} runs`] : []),
  ...(values.sizes !== '100,500,1000' ? [`sizes ${values.sizes}`] : []),
  ...(values.pages ? [`pages ${values.pages}`] : []),
  ...(values['skip-build'] ? ['builds as found'] : []),
];
const log = (line: string) => console.log(line);
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  SITE_URL: process.env.SITE_URL ?? 'https://epi.example.org',
};
const parts: PartRecord[] = [];

async function part<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const { record, result } = await runPart(name, quietWaitMs, log, async () => work());
  parts.push(record);
  return result;
}

function timedNpm(script: string): number {
  const started = Date.now();
  execFileSync('npm', ['run', '--silent', script], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round((Date.now() - started) / 100) / 10;
}

/** Builds both modes of the real content: what the rest measures, and after scaling what the project folder holds again. */
const buildBoth = () => ({ server: timedNpm('build'), static: timedNpm('build:static') });

/**
 * Every page in both modes, the floor's page (what Next's own scripts cost a page before ours add anything) and a blank
 * page (what this machine and browser allow any page at all).
 */
async function lighthouseOfBothModes(
  pages: string[],
  floorDir: string,
): Promise<NonNullable<BenchResults['lighthouse']>> {
  const chromium = await startChromium();
  const auditAll = async (
    start: () => Promise<{ origin: string; stop: () => unknown }>,
    mode: string,
    paths = pages,
  ) => {
    const server = await start();
    const figures: LighthouseFigures[] = [];
    try {
      for (const page of paths) {
        const result = await auditPage(server.origin, page, chromium.port, runs);
        log(
          `  ${mode.padEnd(7)} ${page.padEnd(28)} ${Object.values(result.scores).join('/')}  LCP ${result.lcpMs} ms  CLS ${result.cls}  TBT ${result.tbtMs} ms${result.failedAudits.length ? `  failed: ${result.failedAudits.join(', ')}` : ''}`,
        );
        figures.push(result);
      }
    } finally {
      await server.stop();
    }
    return figures;
  };
  try {
    return {
      server: await auditAll(() => startServer(), 'server'),
      export: await auditAll(() => serveExport(exportDir), 'export'),
      floor: await auditAll(() => startServer(floorDir), 'floor', ['/']),
      blank: await auditAll(serveBlankPage, 'blank', [blankPagePath]),
    };
  } finally {
    await chromium.stop();
  }
}

async function main() {
  if (values['report-only']) {
    // The last full run's figures, written again (after a change of the report's wording): nothing is measured.
    const last = JSON.parse(fs.readFileSync(performanceJson, 'utf8')) as BenchResults;
    log(`Written: ${writeReport(last, missNotes(last)).join(', ')}`);
    return;
  }
  const results: BenchResults = {
    date: new Date().toISOString(),
    final: false,
    narrowed,
    machine: describeMachine(chromiumPath()),
    parts,
  };
  let completed = false;
  try {
    await measureAll(results);
    completed = true;
  } finally {
    // Whatever was measured is written, also when a part failed (the report then is not final).
    results.final = completed && narrowed.length === 0 && parts.every((record) => record.quiet);
    const written = writeReport(results, missNotes(results));
    log(
      `\nWritten: ${written.join(', ')}${results.final ? '' : ' (NOT final: a narrowed or unfinished run, or a part started above the load average of ' + quietLoad + ')'}`,
    );
  }
  const lowScores = [...(results.lighthouse?.server ?? []), ...(results.lighthouse?.export ?? [])].filter(
    (page) => page.scores.accessibility < 100 || page.scores.seo < 100,
  );
  if (results.brokenBudgets?.length || lowScores.length) process.exitCode = 1;
}

async function measureAll(results: BenchResults) {
  if (!values['skip-build']) results.builds = await part('build both modes (real content)', buildBoth);
  const weights = weighBuilds();
  const pages = values.pages?.split(',') ?? weights.server.map((page) => page.path);
  const loadedPage = pages.includes('/de') ? '/de' : pages[0];
  const loadedPageBytes = weights.server.find((page) => page.path === loadedPage)?.html.raw;
  const floor =
    only.has('weight') || only.has('throughput') || only.has('lighthouse')
      ? await part('floor: a bare Next page', () => buildFloor(log, loadedPageBytes))
      : undefined;
  results.floor = floor?.floor;
  try {
    if (floor && only.has('weight')) {
      results.weights = weights;
      results.brokenBudgets = brokenBudgets(weights, floor.floor.weight.js.gzip);
    }
    if (floor && only.has('throughput')) {
      results.throughput = await part('throughput', () => measureThroughput(loadedPage, exportDir, floor.dir, log));
    }
    if (floor && only.has('lighthouse'))
      results.lighthouse = await part('lighthouse', () => lighthouseOfBothModes(pages, floor.dir));
  } finally {
    floor?.remove();
  }
  if (only.has('scaling')) {
    results.scaling = [];
    try {
      for (const size of sizes)
        results.scaling.push(await part(`scaling: ${size} pages per language`, () => measureScaling(size, log)));
    } finally {
      log('\n▶ building the real content again');
      buildBoth();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
