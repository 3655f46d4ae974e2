import { targets } from './budgets';
import type { LighthouseFigures } from './lighthouse';
import type { BenchResults } from './results';
import type { Throughput } from './throughput';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const worst = (pages: LighthouseFigures[], pick: (page: LighthouseFigures) => number) => Math.max(...pages.map(pick));

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
    if (serverLcp > targets.lcpMs || lighthouse.server.some((page) => page.scores.performance < targets.lighthouseScore)) {
      const range = (pages: LighthouseFigures[]) => `${Math.min(...pages.map((page) => page.scores.performance))}–${Math.max(...pages.map((page) => page.scores.performance))}`;
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
  const failedRobots = [...(lighthouse?.server ?? []), ...exportPages].some((page) => page.failedAudits.includes('robots-txt'));
  if (failedRobots) {
    notes.push(
      '**SEO `robots-txt`.** Lighthouse downloads robots.txt with a `fetch` from inside the page, so the Content-Security-Policy must allow ' +
        "`connect-src 'self'` (lib/security-headers.ts, deploy/nginx.conf); check that both still do.",
    );
  }
  const rate = (target: string) => throughput?.find((row) => row.target === target);
  const [server, bare, proxied, sized] = [rate('server'), rate('floor server'), rate('floor server, through a proxy'), rate("floor server, through a proxy, the site's size")];
  if (server && bare && server.requestsPerSecond < bare.requestsPerSecond * targets.serverOverFloor) {
    const cpu = (row?: { cpuMsPerRequest?: number }) => (row?.cpuMsPerRequest === undefined ? '' : ` at ${row.cpuMsPerRequest} ms CPU per request`);
    const answers = (row?: Throughput) => (row ? `${row.requestsPerSecond} requests/s${cpu(row)} with ${kb(row.bytesPerResponse)} per answer` : '–');
    const ofSized = sized ? ` That page is the floor of this site's server: ours reaches ${(server.requestsPerSecond / sized.requestsPerSecond).toFixed(2)} of its requests per second.` : '';
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
      last.files > first.files ? (((last.seconds[key] - first.seconds[key]) / (last.files - first.files)) * 1000).toFixed(1) : '–';
    if (last.seconds.contentCheckCold > targets.contentCheckSeconds) {
      notes.push(
        `**\`content:check\` without its cache (cold).** Every file's YAML and Markdown is parsed: ${perFile('contentCheckCold')} ms per added file, ` +
          `${last.files} files in ${last.seconds.contentCheckCold} s. Parsing GitHub-flavoured Markdown with remark (the parser the site renders with) ` +
          'is most of it: in a CPU profile of a cold run of 2,035 files (2026-11-30), turning the Markdown into a syntax tree took 4.3 s and ' +
          "remark's transforms 1.0 s of the 5.4 s the Markdown took. Even shared out over both cores, that parse alone would take more than 2 s, " +
          'so 1 s without a cache is out of reach as long as the check reads Markdown as the site does. ' +
          `The cold run happens once after a dependency or the check's code changed; then only edited files are parsed again ` +
          `(warm: ${last.seconds.contentCheckWarm} s).`,
      );
    }
    if (last.seconds.contentCheckWarm > targets.contentCheckSeconds) {
      notes.push(
        `**\`content:check\` with its cache (warm).** ${last.seconds.contentCheckWarm} s through npm, ` +
          `${last.seconds.contentCheckWarmWithoutNpm ?? '–'} s for its command alone; \`npm run env\` (npm's built-in script, which only lists the environment) takes ` +
          `${last.seconds.npmRunAlone ?? '–'} s, which every \`npm run …\` pays before the check starts. ` +
          'Where the command\'s own time goes (1,000 pages per language, 2026-11-30 15:40 UTC, alone on the machine, median of 11: 0.74 s in all): ' +
          'Node and scripts/run-bundled.mjs 0.15 s (a bundle of a few lines takes as long), loading the 2.2 MB bundle 0.21 s (the same ' +
          'command stopped right after its modules ran: 0.36 s; in a profile, reading the bundle and its code cache 56 ms, compiling from the ' +
          'cache 55 ms, running the modules 40 ms, collecting garbage 26 ms), the check itself 0.38 s (reading 2,035 files, validating them, ' +
          'git for the translation status, pages and links). Two thirds of the bundle are zod (752 KB with its message locales), two YAML ' +
          "parsers (364 KB: the check's and gray-matter's) and parse5 (261 KB, which the Markdown renderer needs for raw HTML). " +
          'Tried and dropped: leaving zod\'s message locales out of the bundle (340 KB less), minifying it (1.2 MB), a larger young generation; ' +
          'no gain beyond the noise.',
      );
    }
    const builds = ([['`next build`', 'nextBuild'], ['`npm run build:static`', 'buildStatic']] as const).filter(
      ([, key]) => last.seconds[key] > targets.buildSeconds,
    );
    if (builds.length) {
      notes.push(
        `**Builds of ${targets.scalingPages} pages per language.** ` +
          builds
            .map(([label, key]) => {
              const runs = last.buildRuns[key].length > 1 ? ` (median of ${last.buildRuns[key].join(', ')} s)` : '';
              return `${label} ${last.seconds[key]} s${runs}, ${perFile(key)} ms per added file (${first.files} files: ${first.seconds[key]} s)`;
            })
            .join('; ') +
          '. Each page is rendered to HTML and gets its own share image (a 1200×630 PNG drawn by next/og). Next hands each of its two ' +
          'build workers one contiguous half of the paths, which in practice gives one worker every HTML page and the other every share ' +
          'image. CPU profiles of both workers in a build of this size (2026-11-30 10:20 UTC) make the HTML worker the critical path: 68 s ' +
          'busy, of which 9 s reading and rendering all content (while Next reports "Collecting page data"; the image worker does the same ' +
          'beside it), 10 s collecting garbage and most of the rest rendering 2,021 pages with React and writing their files; the image ' +
          'worker was idle for its last 16 s. Rendering each page\'s Markdown only when the page is built moves those 9 s into the HTML ' +
          'worker\'s page generation rather than removing them (measured: 94 s against 93 s). Next also type-checks (6–13 s), compiles ' +
          '(4–8 s) and first deletes the previous build (4–8 s for 20,000 files on this disk, which is mounted with `discard`; a build in a ' +
          'fresh clone has nothing to delete); `build:static` then strips Next\'s runtime from every page: parse5 finds the script elements, ' +
          'which are cut out of the page\'s text, in one worker thread per core while the RSC payload files are removed (finish-export of ' +
          '2,021 pages: 6.6–7.1 s, of which 2–6 s removing 16,165 payload files; 7.8–9.1 s with one thread, 14.6–15.8 s until 2026-11-30, ' +
          'when it wrote each parsed page out again and then parsed every page a second time). Fixed on 2026-11-30: ' +
          'every page looked up its route, translations and menus by scanning all pages (now maps made once per site: page generation ' +
          '71 → 56–67 s); Next measured the gzip size of every page segment for prefetch inlining, which only its client-side navigation ' +
          'uses (now off); finish-export ran through tsx, which made parse5\'s constants getters (43 → 13 s); so did the check of SITE_URL ' +
          'that starts `build:static` (0.93 → 0.15 s). The same build varies by ' +
          '±10 s between runs on this machine: 79–84 s alone at 07:20 UTC, 93 s at 08:15, 82.6 s at 09:40, 97 s at 09:50.',
      );
    }
  }
  return notes;
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
