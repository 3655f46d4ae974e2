/**
 * `npm run observatory`: the MDN HTTP Observatory (its npm package, run on this machine) scores the headers of
 * both modes: `next start` on 127.0.0.1, and nginx serving out/ with deploy/nginx.conf. Prints each test and
 * writes the scores into docs/security.md. Over plain http its two TLS-only tests (redirect to HTTPS, HSTS)
 * fail here; the report also gives the score with those two as they score behind TLS (docs/deploy.md).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { MINIMUM_SCORE_FOR_EXTRA_CREDIT } from '@mdn/mdn-http-observatory/src/grader/charts.js';
import { getGradeForScore, getScoreModifier } from '@mdn/mdn-http-observatory/src/grader/grader.js';
import { scan } from '@mdn/mdn-http-observatory/src/scanner/index.js';
import { replaceLine, startNginx } from '../tests/e2e/nginx';
import { writeDocSection } from './doc-section';
import { startServer } from './production-server';

// The package's install script downloads the HSTS preload list from the internet; without internet (CI) it
// logs an error and leaves no list. Its HSTS test reads the list, and no local address is on it: an empty list.
const packageDir = path.dirname(createRequire(import.meta.url).resolve('@mdn/mdn-http-observatory/package.json'));
const preloadList = path.join(packageDir, 'conf', 'hsts-preload.json');
if (!fs.existsSync(preloadList)) fs.writeFileSync(preloadList, '{}\n');

// What the two TLS-only tests find behind TLS as docs/deploy.md sets it up: port 80 redirects every
// request to https on the same host, and nginx sends `Strict-Transport-Security: max-age=31536000`.
const behindTls: Record<string, string> = {
  redirection: 'redirection-to-https',
  'strict-transport-security': 'hsts-implemented-max-age-at-least-six-months',
};

/** The Observatory's own grading (src/scanner/index.js): bonuses count only when the score without them is an A. */
function grade(results: string[]) {
  const modifiers = results.map(getScoreModifier);
  const withoutBonus = 100 + modifiers.filter((modifier) => modifier < 0).reduce((sum, modifier) => sum + modifier, 0);
  const withBonus = 100 + modifiers.reduce((sum, modifier) => sum + modifier, 0);
  return getGradeForScore(withoutBonus >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : withoutBonus);
}

async function score(mode: string, origin: string) {
  const result = await scan(new URL(origin).host);
  const tests = Object.entries(result.tests);
  const tls = grade(tests.map(([name, test]) => behindTls[name] ?? test.result));
  const rows = tests.map(([name, test]) => `| ${name} | ${test.result} | ${test.scoreModifier} | ${behindTls[name] ? `${behindTls[name]} (${getScoreModifier(behindTls[name])})` : ''} |`);
  return { mode, measured: `${result.scan.score} (${result.scan.grade})`, tls: `${tls.score} (${tls.grade})`, rows };
}

async function main() {
  const server = await startServer();
  const exportRoot = path.resolve('out');
  const nginx = await startNginx('deploy/nginx.conf', (config, port) => replaceLine(replaceLine(config, 'listen', `127.0.0.1:${port}`), 'root', exportRoot));
  try {
    const scores = [await score('static export (nginx, deploy/nginx.conf)', nginx.origin), await score('server mode (next start)', server.origin)];
    const version = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8')).version;
    const report = [
      `Measured ${new Date().toISOString().slice(0, 10)} with @mdn/mdn-http-observatory ${version} over plain http on 127.0.0.1 (load average ${os.loadavg()[0].toFixed(2)}).`,
      '',
      '| mode | score over http | score behind TLS |',
      '| --- | --- | --- |',
      ...scores.map((entry) => `| ${entry.mode} | ${entry.measured} | **${entry.tls}** |`),
      '',
      ...scores.flatMap((entry) => [`${entry.mode}:`, '', '| test | result over http | points | behind TLS |', '| --- | --- | --- | --- |', ...entry.rows, '']),
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
