import type { BuildWeights } from './budgets';
import { buildSteps } from './build-phases';
import type { Floor } from './floor';
import type { LighthouseFigures } from './lighthouse';
import type { Machine, PartRecord } from './machine';
import type { BenchResults } from './results';
import type { ScalingRun } from './scaling';
import { load, type Throughput } from './throughput';
import type { PageWeight } from './page-weight';

const n = (value: number) => value.toLocaleString('en');
const table = (head: string[], rows: (string | number)[][]) => [
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.map((cell) => (typeof cell === 'number' ? n(cell) : cell)).join(' | ')} |`),
];

/** Lighthouse's measure of the host CPU on every audited page of the site, lowest and highest. */
function benchmarkIndexRange(lighthouse: BenchResults['lighthouse']): string | undefined {
  const indexes = [...(lighthouse?.server ?? []), ...(lighthouse?.export ?? [])]
    .map((page) => page.benchmarkIndex)
    .filter(Number.isFinite);
  return indexes.length ? `${Math.min(...indexes)}–${Math.max(...indexes)}` : undefined;
}

export function machineTable(machine: Machine, lighthouse?: BenchResults['lighthouse']): string[] {
  const speed = benchmarkIndexRange(lighthouse);
  return table(
    ['', ''],
    [
      ['CPU', `${machine.cpus} × ${machine.cpuModel}`],
      ['memory', `${machine.memoryGiB} GiB`],
      ['system', machine.os],
      [
        'Node',
        machine.nodeExtraCaCerts
          ? `${machine.node}, with NODE_EXTRA_CA_CERTS=${machine.nodeExtraCaCerts} (read at every start of Node)`
          : machine.node,
      ],
      [
        'packages',
        Object.entries(machine.versions)
          .map(([name, version]) => `${name} ${version}`)
          .join(', '),
      ],
      ['browser', machine.chromium ?? '–'],
      ['nginx', machine.nginx ?? '–'],
      // The machine's speed changes between runs: `build:static` of 1,000 pages took 94.8 s at 20:58 UTC on 2026-11-30
      // (index 1532–2594) and 42.4 s at 22:53 UTC (3228–3514).
      ...(speed
        ? [
            [
              'speed',
              `Lighthouse's benchmark index ${speed} during this run (higher is faster): compare figures of runs with similar indexes`,
            ],
          ]
        : []),
    ],
  );
}

const weightRow = (mode: string, page: PageWeight) => [
  mode,
  page.path,
  page.html.raw,
  page.html.gzip,
  page.inlineScript,
  page.css.raw,
  page.css.gzip,
  page.js.raw,
  page.js.gzip,
  page.noModuleJs.gzip,
];

/** Bytes of every page in both builds, beside the floor; the server build's script files against the floor's. */
export function weightTable(weights: BuildWeights, floor: Floor): string[] {
  const head = [
    'build',
    'page',
    'HTML',
    'HTML gzip',
    'inline script',
    'CSS',
    'CSS gzip',
    'JS',
    'JS gzip',
    'nomodule JS gzip',
  ];
  const rows = [
    weightRow('floor (bare Next page)', floor.weight),
    ...weights.server.map((page) => weightRow('server', page)),
    ...weights.export.map((page) => weightRow('export', page)),
  ];
  const scripts = weights.server.map((page) => page.js.gzip);
  return [
    'Bytes of each page and of the files it loads (stylesheets, script files; each file compressed on its own, gzip level 6).',
    '"JS" is what a current browser loads; "nomodule JS" only browsers without ES modules load. Inline scripts are part of the HTML.',
    '',
    ...table(head, rows),
    '',
    `Script files of the server build (gzip): ${n(Math.min(...scripts))} to ${n(Math.max(...scripts))} B per page; the floor's page loads ${n(floor.weight.js.gzip)} B.`,
  ];
}

export function throughputTable(rows: Throughput[]): string[] {
  return [
    `autocannon, ${load.connections} connections, requests without Accept-Encoding. All servers are started and each address warmed up for ${load.warmUpSeconds} s; ` +
      `then ${load.rounds} rounds of ${load.seconds} s per address, one address at a time, in turn. Figures of the median round; in brackets the lowest and highest round.`,
    "CPU per request: user and system time of the server's processes over the measured seconds, divided by the requests (Next servers only).",
    '',
    ...table(
      [
        'server',
        'address',
        'bytes per answer',
        'requests/s',
        'CPU ms per request',
        'latency p50 (ms)',
        'latency p99 (ms)',
        'errors',
        'not 2xx',
      ],
      rows.map((row) => [
        row.target,
        new URL(row.url).pathname,
        row.bytesPerResponse,
        `${row.requestsPerSecond} (${Math.min(...row.requestsPerSecondByRun)}–${Math.max(...row.requestsPerSecondByRun)})`,
        row.cpuMsPerRequest?.toFixed(2) ?? '–',
        row.latencyMs.p50,
        row.latencyMs.p99,
        row.errors,
        row.non2xx,
      ]),
    ),
  ];
}

export function lighthouseTable(results: NonNullable<BenchResults['lighthouse']>): string[] {
  const rows = (mode: string, pages: LighthouseFigures[]) =>
    pages.map((page) => [
      mode,
      page.path,
      spread(page),
      page.scores.accessibility,
      page.scores['best-practices'],
      page.scores.seo,
      page.fcpMs,
      page.lcpMs,
      page.cls,
      page.tbtMs,
      page.lcpElement ? `\`${page.lcpElement}\`` : '–',
      Object.entries(page.lcpBreakdownMs ?? {})
        .map(([part, ms]) => `${part} ${ms}`)
        .join(', ') || '–',
      page.longestTask ? `${page.longestTask.ms} (${taskSource(page.longestTask.source)})` : '–',
      page.failedAudits.join(', ') || '–',
    ]);
  const runs = results.server[0]?.runs ?? 0;
  const speed = benchmarkIndexRange(results);
  return [
    `Lighthouse's mobile defaults (simulated slow 4G and a 4× slower CPU), Debian's Chromium; performance figures are the median of ${runs} runs (in brackets: the lowest and highest score of the runs), the other scores are from the first run. For comparison: the floor, the bare Next page, and a blank page (a heading and a paragraph, no script, no CSS) served by nginx like the export.`,
    ...repeatedRunsSentence(results),
    ...(speed
      ? [
          `Lighthouse's benchmark index of this machine: ${speed} (its 4× slowdown is meant for 1500–2000, a fast desktop). Longest task: the first run's longest main-thread task after the slowdown, ms, and what it belongs to.`,
        ]
      : []),
    '',
    ...table(
      [
        'build',
        'page',
        'perf.',
        'a11y',
        'best pr.',
        'SEO',
        'FCP ms',
        'LCP ms',
        'CLS',
        'TBT ms',
        'LCP element',
        'LCP parts, unthrottled (ms)',
        'longest task',
        'failed audits',
      ],
      [
        ...rows('blank page (nginx)', results.blank ?? []),
        ...rows('floor (bare Next page)', results.floor ?? []),
        ...rows('server', results.server),
        ...rows('export', results.export),
      ],
    ),
  ];
}

/** Which runs Lighthouse could not record and ran again, so that a figure taken on the second try says so. */
function repeatedRunsSentence(results: NonNullable<BenchResults['lighthouse']>): string[] {
  const groups = {
    server: results.server,
    export: results.export,
    floor: results.floor ?? [],
    'blank page': results.blank ?? [],
  };
  const repeated = Object.entries(groups).flatMap(([mode, pages]) =>
    pages.filter((page) => page.repeatedRuns).map((page) => `${mode} ${page.path} (${page.repeatedRuns!.join(', ')})`),
  );
  return repeated.length ? [`Runs Lighthouse could not record and that were run again: ${repeated.join('; ')}.`] : [];
}

/** The median performance score, and the lowest and highest of the runs when they differ. */
function spread({ scores, performanceByRun }: LighthouseFigures): string {
  const [low, high] = [Math.min(...performanceByRun), Math.max(...performanceByRun)];
  return low < high ? `${scores.performance} (${low}–${high})` : String(scores.performance);
}

/** A task's page file by its path (the origin is a random port), or Lighthouse's word for work of the browser itself. */
const taskSource = (source: string) => (URL.canParse(source) ? new URL(source).pathname : source);

/** Each timing per run, and its growth per added page (from the smallest to the largest run). */
function cell(run: ScalingRun, key: keyof ScalingRun['seconds']): string {
  const value = run.seconds[key]?.toFixed(2) ?? '–';
  const runs = key === 'nextBuild' || key === 'buildStatic' ? run.buildRuns[key] : [];
  return runs.length > 1 ? `${value} (${Math.min(...runs).toFixed(2)}–${Math.max(...runs).toFixed(2)})` : value;
}

export function scalingTable(runs: ScalingRun[]): string[] {
  const measures = [
    ['`npm run content:check`, cold (no cache)', 'contentCheckCold'],
    ['`npm run content:check`, warm (nothing changed)', 'contentCheckWarm'],
    ['the same warm check without npm (its command run directly)', 'contentCheckWarmWithoutNpm'],
    ["`npm run env`, npm's built-in script (npm's own start)", 'npmRunAlone'],
    ["the warm check through npm without this machine's `NODE_EXTRA_CA_CERTS`", 'contentCheckWarmWithoutExtraCaCerts'],
    ['`next build` (server)', 'nextBuild'],
    ['`npm run build:static`', 'buildStatic'],
  ] as const;
  const [first, last] = [runs[0], runs[runs.length - 1]];
  const added = 2 * (last.pagesPerLanguage - first.pagesPerLanguage);
  const growth = (key: (typeof measures)[number][1]) => {
    const [from, to] = [first.seconds[key], last.seconds[key]];
    return added > 0 && from !== undefined && to !== undefined
      ? `${(((to - from) / added) * 1000).toFixed(1)} ms`
      : '–';
  };
  return [
    'Synthetic pages (headings, list, table, links) added in both languages to a copy of the real content, in a temporary `CONTENT_ROOT` with its own git history. ' +
      "The warm checks and npm's own start are the median of five runs, the cold check is one run; the builds are one run each, " +
      "three at the target's size (their median, in brackets the fastest and slowest).",
    '',
    ...table(
      [
        'seconds',
        ...runs.map((run) => `${n(run.pagesPerLanguage)} pages per language (${n(run.files)} files)`),
        'growth per added page',
      ],
      measures
        .filter(([, key]) => runs.some((run) => run.seconds[key] !== undefined))
        .map(([label, key]) => [label, ...runs.map((run) => cell(run, key)), growth(key)]),
    ),
    ...buildPhasesTable(last),
  ];
}

/** Where the builds of the largest run spent their time, by Next's own trace of its last run of each. */
function buildPhasesTable({ pagesPerLanguage, buildPhases }: ScalingRun): string[] {
  if (!buildPhases) return [];
  const steps = Object.entries(buildSteps) as [keyof typeof buildSteps, string][];
  const seconds = (value?: number) => value?.toFixed(2) ?? '–';
  return [
    '',
    `The steps of the last run of each build of ${n(pagesPerLanguage)} pages per language, as Next's trace (\`.next*/trace\`) times them; ` +
      '`build:static` also runs the content check and the check of SITE_URL before Next, and finish-export after it.',
    '',
    ...table(
      ['seconds', '`next build` (server)', '`npm run build:static`'],
      steps.map(([step, label]) => [
        label,
        seconds(buildPhases.nextBuild[step]),
        seconds(buildPhases.buildStatic[step]),
      ]),
    ),
  ];
}

export function loadTable(parts: PartRecord[]): string[] {
  return table(
    ['part', 'started (UTC)', 'seconds', 'load average before (1/5/15 min)', 'after', 'quiet'],
    parts.map((part) => [
      part.name,
      part.startedAt.slice(11, 19),
      part.seconds,
      part.loadBefore.join(' / '),
      part.loadAfter.join(' / '),
      part.quiet ? 'yes' : '**no**',
    ]),
  );
}
