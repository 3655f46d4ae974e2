import fs from 'node:fs';
import path from 'node:path';
import { budgets, targets, templateHtmlGzip } from './budgets';
import { quietLoad } from './machine';
import { lighthouseTable, loadTable, machineTable, scalingTable, throughputTable, weightTable } from './report-tables';
import type { BenchResults } from './results';

export const performanceJson = 'docs/performance.json';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (met: boolean | undefined) => (met === undefined ? '–' : met ? 'yes' : '**no**');

/** One line per target: the worst figure over all pages (or the largest scaling run) against what it should be. */
function targetTable(results: BenchResults): string[] {
  const rows: [string, string, string, boolean | undefined][] = [];
  const { weights, floor, lighthouse, throughput, scaling } = results;
  if (weights && floor) {
    const serverJs = Math.max(...weights.server.map((page) => page.js.gzip));
    const limit = floor.weight.js.gzip + budgets.serverJsOverFloorGzip;
    rows.push([
      'script files, server build (most of any page, gzip)',
      `${serverJs} B`,
      `≤ ${limit} B (the floor's ${floor.weight.js.gzip} B + ${budgets.serverJsOverFloorGzip} B)`,
      serverJs <= limit,
    ]);
    const exportScripts = Math.max(
      ...weights.export.map((page) => page.js.raw + page.noModuleJs.raw + page.inlineScript),
    );
    rows.push(['JavaScript of the static export (any page)', `${exportScripts} B`, '0 B', exportScripts === 0]);
    const css = Math.max(...[...weights.server, ...weights.export].map((page) => page.css.gzip));
    rows.push([
      'CSS (most of any page, either build, gzip)',
      kb(css),
      `≤ ${kb(budgets.cssGzip)}`,
      css <= budgets.cssGzip,
    ]);
    const html = Math.max(...(['server', 'export'] as const).flatMap((mode) => weights[mode].map(templateHtmlGzip)));
    // Runs before 2026-11-30 08:50 UTC did not weigh each page's text: their figure is the whole HTML, an upper bound.
    const part = [...weights.server, ...weights.export].every((page) => page.text)
      ? "HTML beyond the page's own text"
      : 'HTML';
    rows.push([
      `${part} (most of any page, either build, gzip)`,
      kb(html),
      `≤ ${kb(budgets.htmlGzip)}`,
      html <= budgets.htmlGzip,
    ]);
  }
  if (lighthouse) {
    const all = [...lighthouse.server, ...lighthouse.export];
    for (const category of ['performance', 'accessibility', 'best-practices', 'seo'] as const) {
      const lowest = Math.min(...all.map((page) => page.scores[category]));
      rows.push([
        `Lighthouse ${category} (lowest of any page, both modes)`,
        String(lowest),
        String(targets.lighthouseScore),
        lowest >= targets.lighthouseScore,
      ]);
    }
    const lcp = Math.max(...all.map((page) => page.lcpMs));
    rows.push(['Largest Contentful Paint (slowest page)', `${lcp} ms`, `≤ ${targets.lcpMs} ms`, lcp <= targets.lcpMs]);
    const cls = Math.max(...all.map((page) => page.cls));
    rows.push(['Cumulative Layout Shift (largest)', String(cls), String(targets.cls), cls <= targets.cls]);
  }
  const rate = (target: string) => throughput?.find((row) => row.target === target)?.requestsPerSecond;
  const [server, nginx, floorServer] = [rate('server'), rate('export (nginx)'), rate('floor server')];
  if (server && floorServer) {
    rows.push([
      'server requests/s over the floor server',
      (server / floorServer).toFixed(2),
      `≥ ${targets.serverOverFloor}`,
      server / floorServer >= targets.serverOverFloor,
    ]);
  }
  const sized = rate("floor server, through a proxy, the site's size");
  if (server && sized)
    rows.push([
      "server requests/s over the floor's page of the same size behind a no-op proxy",
      (server / sized).toFixed(2),
      'reported',
      undefined,
    ]);
  if (server && nginx)
    rows.push(['server requests/s over nginx with the export', (server / nginx).toFixed(2), 'reported', undefined]);
  const cpu = (target: string) => throughput?.find((row) => row.target === target)?.cpuMsPerRequest;
  const [serverCpu, floorCpu] = [cpu('server'), cpu('floor server')];
  if (serverCpu && floorCpu)
    rows.push([
      'server CPU per request over the floor server',
      (serverCpu / floorCpu).toFixed(2),
      'reported',
      undefined,
    ]);
  const largest = scaling?.find((run) => run.pagesPerLanguage === targets.scalingPages);
  if (largest) {
    const { seconds } = largest;
    rows.push([
      `\`next build\`, ${targets.scalingPages} pages per language`,
      `${seconds.nextBuild} s`,
      `≤ ${targets.buildSeconds} s`,
      seconds.nextBuild <= targets.buildSeconds,
    ]);
    rows.push([
      `\`npm run build:static\`, ${targets.scalingPages} pages per language`,
      `${seconds.buildStatic} s`,
      `≤ ${targets.buildSeconds} s`,
      seconds.buildStatic <= targets.buildSeconds,
    ]);
    for (const [label, value] of [
      ['cold', seconds.contentCheckCold],
      ['warm', seconds.contentCheckWarm],
    ] as const) {
      rows.push([
        `\`npm run content:check\` ${label}, ${targets.scalingPages} pages per language`,
        `${value} s`,
        `≤ ${targets.contentCheckSeconds} s`,
        value <= targets.contentCheckSeconds,
      ]);
    }
    const direct = seconds.contentCheckWarmWithoutNpm;
    if (direct !== undefined)
      rows.push([
        `the same warm check without npm's own start`,
        `${direct} s`,
        `≤ ${targets.contentCheckSeconds} s`,
        direct <= targets.contentCheckSeconds,
      ]);
    const plain = seconds.contentCheckWarmWithoutExtraCaCerts;
    if (plain !== undefined)
      rows.push([
        "the warm check through npm without this machine's `NODE_EXTRA_CA_CERTS`",
        `${plain} s`,
        `≤ ${targets.contentCheckSeconds} s`,
        plain <= targets.contentCheckSeconds,
      ]);
  }
  return [
    '| figure | measured | target | met |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row[0]} | ${row[1]} | ${row[2]} | ${mark(row[3])} |`),
  ];
}

export function renderReport(results: BenchResults, notes: string[]): string {
  const date = results.date.replace('T', ' ').slice(0, 16);
  const lines = [
    '# Performance',
    '',
    `Measured by \`npm run bench\` on ${date} UTC; do not edit, run it again. \`npm run bench:check\` holds the page-weight budgets in every \`npm test\`.`,
    '',
  ];
  if (!results.final) {
    const why = results.narrowed.length
      ? `a narrowed run (${results.narrowed.join(', ')})`
      : `the load average was above ${quietLoad} when a part started (see the last table)`;
    lines.push(`> **Not final figures:** ${why}.`, '');
  }
  lines.push('## Against the targets', '', ...targetTable(results), '');
  if (notes.length) lines.push('## Why a figure misses its target', '', ...notes.flatMap((note) => [note, '']));
  lines.push('## Machine', '', ...machineTable(results.machine, results.lighthouse), '');
  if (results.builds)
    lines.push(
      `Builds of the real content: \`npm run build\` ${results.builds.server} s, \`npm run build:static\` ${results.builds.static} s.`,
      '',
    );
  if (results.weights && results.floor)
    lines.push('## Page weight', '', ...weightTable(results.weights, results.floor), '');
  if (results.brokenBudgets?.length)
    lines.push('Broken budgets:', '', ...results.brokenBudgets.map((line) => `- ${line}`), '');
  if (results.throughput) lines.push('## Throughput', '', ...throughputTable(results.throughput), '');
  if (results.lighthouse) lines.push('## Lighthouse', '', ...lighthouseTable(results.lighthouse), '');
  if (results.scaling) lines.push('## Scaling', '', ...scalingTable(results.scaling), '');
  lines.push('## Load average of each part', '', ...loadTable(results.parts), '');
  return lines.join('\n');
}

/** A full run writes docs/, a narrowed one reports/ (so that it never replaces the published figures). */
export function writeReport(results: BenchResults, notes: string[] = []): string[] {
  const json = results.narrowed.length ? 'reports/bench.json' : performanceJson;
  const markdown = json.replace(/\.json$/, '.md');
  fs.mkdirSync(path.dirname(json), { recursive: true });
  fs.writeFileSync(json, `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(markdown, renderReport(results, notes));
  return [markdown, json];
}
