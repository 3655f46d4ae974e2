/**
 * `npm run bench`: what a person waits for, as tables of figures with the machine and the time of the run. A full run
 * writes docs/performance.md between `<!-- bench:start -->` and `<!-- bench:end -->` (people write the rest); a narrowed
 * one (`--only weight,lighthouse`, `--runs 1`, `--pages /de`, `--sizes 100`) writes reports/bench.md. Without `builds`,
 * the parts measure the builds as they are on disk. A new figure is a function that returns a `PartReport`, in `parts`.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { writeDocSection } from './doc-section';
import { buildsReport, scalingReport } from './bench/builds';
import { lighthouseReport } from './bench/lighthouse';
import { loadAverage, machineTable, targetsTable, type PartReport } from './bench/report';
import { throughputReport } from './bench/throughput';
import { publishedPages, weightReport } from './bench/weight';

const defaults = { only: 'builds,weight,throughput,lighthouse,scaling', runs: '3', sizes: '100,500,1000', pages: '' };
const options = Object.fromEntries(Object.keys(defaults).map((key) => [key, { type: 'string' } as const]));
const values = { ...defaults, ...parseArgs({ options }).values } as typeof defaults;
const narrowed = Object.entries(values).filter(([key, value]) => value !== defaults[key as keyof typeof defaults]);
const log = (line: string) => console.log(line);
/** The pages to load: every page the server build answers, unless `--pages` names some. */
const pages = () => (values.pages ? values.pages.split(',') : publishedPages());

const parts: Record<string, () => PartReport | Promise<PartReport>> = {
  builds: buildsReport,
  weight: weightReport,
  throughput: () => throughputReport(pages().includes('/de') ? '/de' : pages()[0], log),
  lighthouse: () => lighthouseReport(pages(), Number(values.runs), log),
  scaling: () => scalingReport(values.sizes.split(',').map(Number), log),
};

async function main() {
  const [started, loadBefore] = [new Date(), loadAverage()];
  const reports: PartReport[] = [];
  for (const name of values.only.split(',')) {
    if (!parts[name]) throw new Error(`No part ${name}: the parts are ${Object.keys(parts).join(', ')}`);
    log(`\n▶ ${name} (load average ${loadAverage()})`);
    reports.push(await parts[name]());
  }
  const targets = reports.flatMap((report) => report.targets ?? []);
  const narrowedTo = narrowed.map(([key, value]) => `--${key} ${value}`).join(' ');
  const minutes = Math.round((Date.now() - started.getTime()) / 60_000);
  const markdown = [
    `Measured by \`npm run bench${narrowedTo && ` -- ${narrowedTo}`}\` on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${minutes} min; load average (1 / 5 / 15 min) ${loadBefore} at the start, ${loadAverage()} at the end.`,
    machineTable(),
    ...(targets.length ? [`### Targets\n\n${targetsTable(targets)}`] : []),
    ...reports.flatMap((report) => report.sections),
  ].join('\n\n');
  const file = narrowedTo ? 'reports/bench.md' : 'docs/performance.md';
  fs.mkdirSync('reports', { recursive: true });
  if (narrowedTo) fs.writeFileSync(file, `${markdown}\n`);
  else writeDocSection(file, 'bench', markdown);
  const missed = targets.filter(([, , , met]) => !met);
  for (const [figure, measured, target] of missed) console.error(`✖ ${figure}: ${measured}, target ${target}`);
  log(`\nWritten: ${file}${missed.length ? `; ${missed.length} targets missed` : ''}`);
  process.exitCode = missed.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
