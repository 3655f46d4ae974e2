import { buildSteps } from './build-phases';
import { targets } from './budgets';
import type { LighthouseFigures } from './lighthouse';
import type { BenchResults } from './results';
import type { ScalingRun } from './scaling';
import type { Throughput } from './throughput';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const worst = (pages: LighthouseFigures[], pick: (page: LighthouseFigures) => number) => Math.max(...pages.map(pick));

/** Measured by hand, with timestamps put into a copy of the bundle and \`--trace-gc\`: the bench times the whole command only. */
const WARM_CHECK_PARTS =
  "Node's own start 0.11 s; reading and compiling the bundle from its code cache and running its modules about 0.1 s; opening the " +
  'content cache (0.9 MB of JSON) 25 ms; git for the translation status 57 ms (two commands); reading, parsing (from the cache) and ' +
  'validating the 2,035 files 240 ms; the content index, links and pages 40 ms; printing the report 24 ms; collecting garbage, spread ' +
  'over all of these, 59–62 ms (8 collections). The same check through npm, timed by hand on the quiet machine at 18:40 and 19:14 UTC: ' +
  '0.88–0.97 s (46 runs, also started from a Node process as the bench starts it, and on a content folder copied a minute before), ' +
  '0.79–0.84 s without `NODE_EXTRA_CA_CERTS` (9 runs). In the bench the check runs a few minutes after the builds of the size before, ' +
  'and took 1.10–1.17 s in the two full runs of 2026-11-30 18:04 and 18:41 UTC.';

/**
 * Why a figure misses its target, told with figures of the same run, so that the explanation is as current as the
 * figures: the floor's own Lighthouse figures, the floor behind a proxy that does nothing, the growth per page.
 */
export function missNotes({ lighthouse, throughput, weights, floor, scaling }: BenchResults): string[] {
  const notes: string[] = [];
  const floorPage = lighthouse?.floor?.[0];
  const blank = blankPageSentence(lighthouse?.blank?.[0]);
  if (lighthouse && floorPage && weights && floor) {
    const serverLcp = worst(lighthouse.server, (page) => page.lcpMs);
    const exportLcp = worst(lighthouse.export, (page) => page.lcpMs);
    if (
      serverLcp > targets.lcpMs ||
      lighthouse.server.some((page) => page.scores.performance < targets.lighthouseScore)
    ) {
      const range = (pages: LighthouseFigures[]) =>
        `${Math.min(...pages.map((page) => page.scores.performance))}–${Math.max(...pages.map((page) => page.scores.performance))}`;
      const slowest = lighthouse.server.find((page) => page.lcpMs === serverLcp);
      const parts = Object.entries(slowest?.lcpBreakdownMs ?? {}).map(([part, ms]) => `${part} ${Math.round(ms)} ms`);
      notes.push(
        `**Server mode, Lighthouse performance${serverLcp > targets.lcpMs ? ' and LCP' : ''}.** Since 2026-11-30 the server's pages run no script, like the export's: \`npm run build\` ` +
          `removes Next's runtime (${kb(floor.weight.js.gzip)} gzip on the floor) from every prerendered page (docs/security.md). ` +
          `The server's pages score ${range(lighthouse.server)} with LCP up to ${serverLcp} ms` +
          (parts.length ? ` (${slowest!.path}, unthrottled first run: ${parts.join(', ')})` : '') +
          `; the export's same pages ${range(lighthouse.export)} with LCP up to ${exportLcp} ms; the bare Next page, which keeps its runtime, ` +
          `${floorPage.scores.performance} with LCP ${floorPage.lcpMs} ms and TBT ${floorPage.tbtMs} ms.${blank}`,
      );
    }
  }
  const exportPages = lighthouse?.export ?? [];
  if (floorPage && exportPages.some((page) => page.scores.performance < targets.lighthouseScore)) {
    const scores = exportPages.map((page) => page.scores.performance);
    const browserTasks = exportPages.filter((page) => page.longestTask?.source === 'Unattributable');
    const longest = Math.max(...browserTasks.map((page) => page.longestTask!.ms));
    notes.push(
      `**Export, Lighthouse performance.** The export's pages run no script, and score ${Math.min(...scores)}–${Math.max(...scores)} ` +
        `(TBT up to ${worst(exportPages, (page) => page.tbtMs)} ms); the bare Next page scores ${floorPage.scores.performance} on the same machine. ` +
        `On ${browserTasks.length} of ${exportPages.length} pages the longest main-thread task is work Lighthouse cannot attribute to the page ` +
        `(up to ${Number.isFinite(longest) ? longest : '–'} ms after the 4× slowdown): in a trace of /en/goals it was Chromium committing the navigation and ` +
        "creating the page's JavaScript context (112 ms observed, of which 41 ms for the context), before any of the page's own work. " +
        "Total blocking time on a page without scripts is this browser work, multiplied by Lighthouse's CPU slowdown; it varies from run to run by several hundred ms." +
        blank,
    );
  }
  const failedRobots = [...(lighthouse?.server ?? []), ...exportPages].some((page) =>
    page.failedAudits.includes('robots-txt'),
  );
  if (failedRobots) {
    notes.push(
      '**SEO `robots-txt`.** Lighthouse downloads robots.txt with a `fetch` from inside the page, so the Content-Security-Policy must allow ' +
        "`connect-src 'self'` (lib/security-headers.ts, deploy/nginx.conf); check that both still do.",
    );
  }
  const rate = (target: string) => throughput?.find((row) => row.target === target);
  const [server, bare, proxied, sized] = [
    rate('server'),
    rate('floor server'),
    rate('floor server, through a proxy'),
    rate("floor server, through a proxy, the site's size"),
  ];
  if (server && bare && server.requestsPerSecond < bare.requestsPerSecond * targets.serverOverFloor) {
    const cpu = (row?: { cpuMsPerRequest?: number }) =>
      row?.cpuMsPerRequest === undefined ? '' : ` at ${row.cpuMsPerRequest} ms CPU per request`;
    const answers = (row?: Throughput) =>
      row ? `${row.requestsPerSecond} requests/s${cpu(row)} with ${kb(row.bytesPerResponse)} per answer` : '–';
    const ofSized = sized
      ? ` That page is the floor of this site's server: ours reaches ${(server.requestsPerSecond / sized.requestsPerSecond).toFixed(2)} of its requests per second.`
      : '';
    notes.push(
      `**Server throughput.** The floor answers ${answers(bare)}; the same bare page behind a proxy that only passes the request on, ${answers(proxied)}; ` +
        `that page filled with text to about the size of ours, ${answers(sized)}. Our server answers ${answers(server)}. ` +
        'The site cannot do without its proxy on the paths of its pages: under a language, a path that is not published gets that ' +
        "language's 404 page, methods other than GET and HEAD are refused and paths that are not UTF-8 get a 400 (Next answers some of " +
        'these with a 500), while a matcher is fixed when the site is built and cannot name the published pages.' +
        ofSized +
        " What proxy.ts itself checks costs nothing measurable: side by side on 2026-11-30, the site's server took 1.16–1.44 ms CPU per request, " +
        'the same build with a proxy that passes every request on at once 1.15–1.41 ms (three rounds of 8 s each). ' +
        'What a proxy costs is Next running one at all, and Next hashes every answer for its ETag, so its size costs processor time too. ' +
        'nginx serving the same page from the export is the ceiling.',
    );
  }
  const [first, last] = [scaling?.[0], scaling?.[scaling.length - 1]];
  if (first && last && last.pagesPerLanguage === targets.scalingPages) {
    const perFile = (key: 'contentCheckCold' | 'nextBuild' | 'buildStatic') =>
      last.files > first.files
        ? (((last.seconds[key] - first.seconds[key]) / (last.files - first.files)) * 1000).toFixed(1)
        : '–';
    if (last.seconds.contentCheckCold > targets.contentCheckSeconds) {
      notes.push(
        `**\`content:check\` without its cache (cold).** Every file's YAML and Markdown is parsed: ${perFile('contentCheckCold')} ms per added file, ` +
          `${last.files} files in ${last.seconds.contentCheckCold} s. Parsing GitHub-flavoured Markdown with remark (the parser the site renders with) ` +
          `is most of it: in a CPU profile of a cold run of 2,035 files (2026-11-30 23:14 UTC), reading Markdown took ${markdownShareOfColdCheck.markdown} ` +
          `of the profile's ${markdownShareOfColdCheck.total} s of CPU, ${markdownShareOfColdCheck.parse} s of it turning the Markdown into a syntax tree. ` +
          `Even if all Markdown work were shared out perfectly over both cores, this run's ${last.seconds.contentCheckCold} s would only shrink to ` +
          `${(last.seconds.contentCheckCold * (1 - markdownShareOfColdCheck.markdown / markdownShareOfColdCheck.total / 2)).toFixed(1)} s, ` +
          'so 1 s without a cache is out of reach as long as the check reads Markdown as the site does. ' +
          `The cold run happens once after a dependency or the check's code changed; then only edited files are parsed again ` +
          `(warm: ${last.seconds.contentCheckWarm} s).`,
      );
    }
    if (last.seconds.contentCheckWarm > targets.contentCheckSeconds) {
      const plain = last.seconds.contentCheckWarmWithoutExtraCaCerts;
      notes.push(
        `**\`content:check\` with its cache (warm).** ${last.seconds.contentCheckWarm} s through npm, ` +
          `${last.seconds.contentCheckWarmWithoutNpm ?? '–'} s for its command alone; \`npm run env\` (npm's built-in script, which only lists the environment) takes ` +
          `${last.seconds.npmRunAlone ?? '–'} s, which every \`npm run …\` pays before the check starts. ` +
          (plain === undefined
            ? ''
            : "This machine's environment sets `NODE_EXTRA_CA_CERTS`, a file of certificates that Node reads at every start (`node -e 0` " +
              `takes 0.11 s with it, 0.07 s without), and \`npm run content:check\` starts Node twice, for npm and for the check: without it the same warm check through npm takes ${plain} s. `) +
          "Where the command's own time goes (2,035 files, 2026-11-30 18:40 UTC, quiet machine, medians of 9 runs): " +
          WARM_CHECK_PARTS +
          ' Since 2026-11-30 18:00 the bundle is written without comments: 54 comments in other alphabets and one regular expression had made V8 ' +
          'keep all of its 2.2 MB as two-byte text; now 1.6 MB of ASCII, read in 20 ms instead of 40 and compiled from its code cache in 28 ms instead of 37. ' +
          "scripts/run-bundled.mjs now compares 34 files instead of 584 before it runs the bundle (npm's node_modules/.package-lock.json stands " +
          'for the packages), and the content index finds duplicate slugs through a map rather than by searching every page. The command alone: ' +
          "0.70–0.71 s before, 0.64–0.65 s after (medians of 9, quiet machine). Tried and dropped: leaving zod's message locales out of the bundle " +
          '(340 KB less), a larger young generation (4 collections instead of 10, the same 80 ms), running the two git commands side by side ' +
          '(49–61 ms against 49–54 ms one after the other); no gain beyond the noise.',
      );
    }
    const builds = (
      [
        ['`next build`', 'nextBuild'],
        ['`npm run build:static`', 'buildStatic'],
      ] as const
    ).filter(([, key]) => last.seconds[key] > targets.buildSeconds);
    if (builds.length) {
      notes.push(
        `**Builds of ${targets.scalingPages} pages per language.** ` +
          builds
            .map(([label, key]) => {
              const runs = last.buildRuns[key].length > 1 ? ` (median of ${last.buildRuns[key].join(', ')} s)` : '';
              return `${label} ${last.seconds[key]} s${runs}, ${perFile(key)} ms per added file (${first.files} files: ${first.seconds[key]} s)`;
            })
            .join('; ') +
          `.${tracedSteps(last)} Each page is rendered to HTML and gets its own share image (a 1200×630 PNG drawn by next/og). Next hands each of its two ` +
          'build workers one contiguous half of the paths, which in practice gives one worker every HTML page and the other every share ' +
          'image. CPU profiles of both workers in a build of this size (2026-11-30 10:20 UTC) make the HTML worker the critical path: 68 s ' +
          'busy, of which 9 s reading and rendering all content (while Next reports "Collecting page data"; the image worker does the same ' +
          'beside it), 10 s collecting garbage and most of the rest rendering 2,021 pages with React and writing their files; the image ' +
          'worker was idle for its last 16 s. Sharing the work out more finely costs more than it saves: with four build workers instead of two, ' +
          "`build:static` took 112.8 s against 93.7 s, and 116.9 s when each page's Markdown was also rendered only when its page was built " +
          "(2026-11-30 17:35–17:42 UTC; every worker starts Next's renderer and loads the site anew). With two workers, rendering Markdown " +
          'only when a page is built shortened "Collecting page data" from 12–14 to 4.6–5.0 s, but gave the HTML worker 10 s more CPU ' +
          'time while it renders pages: no gain over the noise (2026-11-30 20:29–20:37 UTC), so every worker still renders all content. ' +
          'Each share image cost 27 ms of CPU, 4 ms of them drawing a mask the image renderer puts over every picture that is not ' +
          'transformed; the EU emblem now carries an identity transform, and the images are byte for byte the same (2,017 compared). ' +
          'Deleting the previous build is slow on this disk, which is mounted with `discard`, when that build ended a minute or two ' +
          'before, as it does in this bench: 5.8–12.5 s (2026-11-30 20:02–20:55 UTC), for builds of the same size eight minutes and two ' +
          'hours old 0.10–0.12 s. `build:static` therefore renames the previous export aside and deletes it in a process of its own ' +
          "while the new build runs (Next's step above: 0.0 s): 96.5 and 95.1 s before, 79.8 and 89.9 s after, alternating runs at " +
          '20:50–20:57 UTC. The deletion then runs beside the build: it took 50 s of an 88.7 s `build:static` at 21:48 UTC, whose ' +
          'collecting (13.2 s) and rendering (51.3 s) stayed within the range of the runs without it (11.9–12.3 s and 47.6–52.1 s). ' +
          "`build:static` then strips Next's runtime " +
          "from every page: parse5 finds the script elements, which are cut out of the page's text, in one worker thread per core while the RSC " +
          'payload files are removed (finish-export of 2,021 pages: 6.6–7.1 s, of which 2–6 s removing 16,165 payload files). ' +
          'Fixed on 2026-11-30: every page looked up its route, translations and menus by scanning all pages (now maps made once per site: page ' +
          'generation 71 → 56–67 s); Next measured the gzip size of every page segment for prefetch inlining, which only its client-side ' +
          "navigation uses (now off); finish-export ran through tsx, which made parse5's constants getters (43 → 13 s), and parsed every page " +
          'twice (→ 6.6–7.1 s); the export build type-checked the code that `npm run build` and `npm run lint` check too (6–7 s, now only ' +
          'those two do). The same build varies by ±10 s between runs on this machine: 93.7 s and 106.8 s for the same `build:static` at ' +
          '17:40 and 17:44 UTC.',
      );
    }
  }
  return notes;
}

/** Seconds of CPU in a profile of a cold `content:check` of 2,035 files (2026-11-30 23:14 UTC): in all, in Markdown, in its parse. */
const markdownShareOfColdCheck = { total: 5.7, markdown: 4.4, parse: 3.6 };

/** Next's own timing of the steps of the last `build:static` run, and what ran before and after Next. */
function tracedSteps({ buildPhases, buildRuns }: ScalingRun): string {
  const phases = buildPhases?.buildStatic;
  if (!phases?.['next-build']) return '';
  const steps = (
    ['clean', 'run-turbopack', 'static-check', 'static-generation', 'output-export-full-static-export'] as const
  )
    .filter((step) => phases[step] !== undefined)
    .map((step) => `${buildSteps[step]} ${phases[step]!.toFixed(1)} s`);
  const around = buildRuns.buildStatic.at(-1)! - phases['next-build'];
  return ` Next's trace of the last \`build:static\` run: ${steps.join(', ')}; around Next (npm, the content check, the SITE_URL check, setting the previous export aside, Next's start, finish-export) ${around.toFixed(1)} s.`;
}

/** What the blank page scored: when it misses 100 too, no page can reach 100 on this machine, whatever it holds. */
function blankPageSentence(page?: LighthouseFigures): string {
  if (!page) return '';
  const byRun = page.performanceByRun;
  const figures = `scores ${page.scores.performance} (median of ${page.runs} runs${byRun.length > 1 ? `, ${Math.min(...byRun)}–${Math.max(...byRun)}` : ''}; TBT ${page.tbtMs} ms, LCP ${page.lcpMs} ms)`;
  return page.scores.performance < targets.lighthouseScore
    ? ` A blank page (a heading and a paragraph, no script, no CSS, no image) served by the same nginx ${figures}: on this machine no page reaches ${targets.lighthouseScore}, whatever it holds.`
    : ` A blank page (a heading and a paragraph, no script, no CSS, no image) served by the same nginx ${figures}: the rest of the gap is the page's own.`;
}
