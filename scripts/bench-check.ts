/**
 * `npm run bench:check`: the page-weight budgets (scripts/bench/budgets.ts) on both builds as they are on disk, without a
 * browser or a server; `npm test` runs it after building. The floor (the bare Next page's script files) comes from
 * docs/performance.json, written by `npm run bench`; only when that is missing or was measured with other versions of
 * Next and React is the floor built afresh (about a minute).
 */
import fs from 'node:fs';
import { brokenBudgets, budgets, templateHtmlGzip, weighBuilds } from './bench/budgets';
import { buildFloor, installedVersions, type Floor } from './bench/floor';
import { performanceJson } from './bench/report';

async function floorJsGzip(): Promise<number> {
  const versions = JSON.stringify(installedVersions());
  try {
    const { floor } = JSON.parse(fs.readFileSync(performanceJson, 'utf8')) as { floor: Floor };
    if (JSON.stringify(floor.versions) === versions) return floor.weight.js.gzip;
    console.log(
      `The floor in ${performanceJson} was measured with ${JSON.stringify(floor.versions)}, not ${versions}: building it again.`,
    );
  } catch {
    console.log(`No floor in ${performanceJson}: building it.`);
  }
  const built = await buildFloor(console.log);
  built.remove();
  return built.floor.weight.js.gzip;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const weights = weighBuilds();
  const floor = await floorJsGzip();
  const most = (pages: typeof weights.server, pick: (page: (typeof pages)[number]) => number) =>
    Math.max(...pages.map(pick));
  console.log(`Pages: ${weights.server.length} in each build, ${weights.exportFiles.length} HTML files in the export.`);
  console.log(
    `Server: scripts at most ${kb(most(weights.server, (page) => page.js.gzip))} gzip (floor ${kb(floor)}, budget floor + ${kb(budgets.serverJsOverFloorGzip)}).`,
  );
  for (const [mode, pages] of [
    ['server', weights.server],
    ['export', weights.export],
  ] as const) {
    console.log(
      `${mode}: CSS at most ${kb(most(pages, (page) => page.css.gzip))} gzip (budget ${kb(budgets.cssGzip)}), HTML at most ${kb(most(pages, (page) => page.html.gzip))} gzip, ` +
        `of which at most ${kb(most(pages, templateHtmlGzip))} beyond the page's own text (budget ${kb(budgets.htmlGzip)}).`,
    );
  }
  const broken = brokenBudgets(weights, floor);
  for (const line of broken) console.error(`✖ ${line}`);
  console.log(broken.length ? `${broken.length} budgets broken.` : 'Every page is within its budgets.');
  process.exitCode = broken.length ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
