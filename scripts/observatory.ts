/**
 * `npm run observatory`: the MDN HTTP Observatory (its npm package, run on this machine) scores the headers of
 * both modes: `next start` on 127.0.0.1, and nginx serving out/ with deploy/nginx.conf. Prints each test and
 * writes the scores into docs/security.md. Over plain http its two TLS-only tests (redirect to HTTPS, HSTS)
 * fail here; the report also gives the score with those two as they score behind TLS (docs/deploy.md).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveExport } from './tooling/nginx';
import { writeDocSection } from './doc-section';
import { startServer } from './tooling/production-server';

/**
 * The Observatory is a whole server application (web framework, PostgreSQL client built from source, error
 * reporting), and its install scripts download lists from the internet, which breaks `npm ci` without it. So it is
 * not a dependency of the site: this script installs it once into node_modules/.cache, without install scripts.
 */
const observatoryVersion = '1.4.8';

function installObservatory(): string {
  const prefix = path.resolve('node_modules/.cache/epi', `mdn-http-observatory-${observatoryVersion}`);
  const dir = path.join(prefix, 'node_modules', '@mdn', 'mdn-http-observatory');
  if (!fs.existsSync(path.join(dir, 'package.json'))) {
    fs.mkdirSync(prefix, { recursive: true });
    const args = [
      'install',
      '--prefix',
      prefix,
      '--ignore-scripts',
      '--no-save',
      '--no-audit',
      '--no-fund',
      `@mdn/mdn-http-observatory@${observatoryVersion}`,
    ];
    execFileSync('npm', args, { stdio: 'inherit' });
  }
  // Without its install script there is no HSTS preload list; its HSTS test reads it, and no local address is on it.
  const preloadList = path.join(dir, 'conf', 'hsts-preload.json');
  if (!fs.existsSync(preloadList)) fs.writeFileSync(preloadList, '{}\n');
  return dir;
}

async function loadObservatory() {
  const dir = installObservatory();
  const load = <T>(file: string): Promise<T> => import(pathToFileURL(path.join(dir, file)).href);
  const [scanner, grader, charts] = await Promise.all([
    load<typeof import('@mdn/mdn-http-observatory/src/scanner/index.js')>('src/scanner/index.js'),
    load<typeof import('@mdn/mdn-http-observatory/src/grader/grader.js')>('src/grader/grader.js'),
    load<typeof import('@mdn/mdn-http-observatory/src/grader/charts.js')>('src/grader/charts.js'),
  ]);
  return { scan: scanner.scan, ...grader, minimumForBonus: charts.MINIMUM_SCORE_FOR_EXTRA_CREDIT };
}
type Observatory = Awaited<ReturnType<typeof loadObservatory>>;

// What the two TLS-only tests find behind TLS as docs/deploy.md sets it up: port 80 redirects every
// request to https on the same host, and nginx sends `Strict-Transport-Security: max-age=31536000`.
const behindTls: Record<string, string> = {
  redirection: 'redirection-to-https',
  'strict-transport-security': 'hsts-implemented-max-age-at-least-six-months',
};

/** The Observatory's own grading (src/scanner/index.js): bonuses count only when the score without them is an A. */
function grade(observatory: Observatory, results: string[]) {
  const modifiers = results.map(observatory.getScoreModifier);
  const withoutBonus = 100 + modifiers.filter((modifier) => modifier < 0).reduce((sum, modifier) => sum + modifier, 0);
  const withBonus = 100 + modifiers.reduce((sum, modifier) => sum + modifier, 0);
  return observatory.getGradeForScore(withoutBonus >= observatory.minimumForBonus ? withBonus : withoutBonus);
}

async function score(observatory: Observatory, mode: string, origin: string) {
  const result = await observatory.scan(new URL(origin).host);
  const tests = Object.entries(result.tests);
  const tls = grade(
    observatory,
    tests.map(([name, test]) => behindTls[name] ?? test.result),
  );
  const rows = tests.map(
    ([name, test]) =>
      `| ${name} | ${test.result} | ${test.scoreModifier} | ${behindTls[name] ? `${behindTls[name]} (${observatory.getScoreModifier(behindTls[name])})` : ''} |`,
  );
  return { mode, measured: `${result.scan.score} (${result.scan.grade})`, tls: `${tls.score} (${tls.grade})`, rows };
}

async function main() {
  const observatory = await loadObservatory();
  const server = await startServer();
  const nginx = await serveExport('out');
  try {
    const scores = [
      await score(observatory, 'static export (nginx, deploy/nginx.conf)', nginx.origin),
      await score(observatory, 'server mode (next start)', server.origin),
    ];
    const report = [
      `Measured ${new Date().toISOString().slice(0, 10)} with @mdn/mdn-http-observatory ${observatoryVersion} over plain http on 127.0.0.1 (load average ${os.loadavg()[0].toFixed(2)}).`,
      '',
      '| mode | score over http | score behind TLS |',
      '| --- | --- | --- |',
      ...scores.map((entry) => `| ${entry.mode} | ${entry.measured} | **${entry.tls}** |`),
      '',
      ...scores.flatMap((entry) => [
        `${entry.mode}:`,
        '',
        '| test | result over http | points | behind TLS |',
        '| --- | --- | --- | --- |',
        ...entry.rows,
        '',
      ]),
    ].join('\n');
    console.log(report);
    writeDocSection('docs/security.md', 'observatory', report);
  } finally {
    nginx.stop();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
