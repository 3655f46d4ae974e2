/**
 * `npm run load`: autocannon against `next start` on the production build (127.0.0.1): a warm-up of the same load, then 100
 * connections for 30 s, each asking for every page of the content index in turn. Passes when no request failed
 * or got anything but 2xx, and the server's memory (RSS) at the end is within 20 % of what it was after the warm-up.
 * Writes the figures, with the load average, into docs/security.md: they depend on what else runs on the machine.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import autocannon from 'autocannon';
import { checkContent } from '../lib/content';
import { loadAverage } from './bench/report';
import { writeDocSection } from './doc-section';
import { startServer } from './tooling/production-server';

const connections = 100;
const seconds = 30;
const allowedGrowth = 0.2;
// The warm-up is the measurement's own load, so that the server's heap and caches have grown to their working size.
const warmUpSeconds = 30;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Resident memory (bytes) of every process in a process group: `npx`, `next start` and its workers (production-server.ts). */
function residentBytes(group: number): number {
  const rows = execFileSync('ps', ['-e', '-o', 'pgid=,rss='], { encoding: 'utf8' }).trim().split('\n');
  const sizes = rows.map((row) => row.trim().split(/\s+/).map(Number));
  return sizes.filter(([pgid]) => pgid === group).reduce((sum, [, kilobytes]) => sum + kilobytes * 1024, 0);
}

async function main() {
  const { site } = checkContent({ includeDrafts: false });
  if (!site) throw new Error('The content has errors: run npm run content:check');
  const requests = site.pages.map((page) => ({ path: page.path }));
  const server = await startServer();
  try {
    const loadBefore = loadAverage();
    await autocannon({ url: server.origin, connections, duration: warmUpSeconds, requests });
    const afterWarmUp = residentBytes(server.group);
    const result = await autocannon({ url: server.origin, connections, duration: seconds, requests });
    const atEnd = residentBytes(server.group);
    const growth = (atEnd - afterWarmUp) / afterWarmUp;
    const failures = [
      result.errors > 0 && `${result.errors} errors (${result.timeouts} of them timeouts)`,
      result.non2xx > 0 && `${result.non2xx} answers other than 2xx`,
      Math.abs(growth) > allowedGrowth &&
        `memory changed by ${(growth * 100).toFixed(1)} % (allowed: ${allowedGrowth * 100} %)`,
    ].filter(Boolean);
    const report = [
      `Measured ${new Date().toISOString().slice(0, 10)}: \`next start\` on 127.0.0.1, ${connections} connections for ${seconds} s after a ${warmUpSeconds} s warm-up, the ${requests.length} pages in turn; ${os.cpus().length} cores, load average (1 / 5 / 15 min) ${loadBefore} before and ${loadAverage()} after.`,
      '',
      '| requests | per second | latency p50 / p99 / max | errors (timeouts) | not 2xx | RSS after warm-up | RSS at the end | change |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      `| ${result.requests.total} | ${Math.round(result.requests.average)} | ${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms | ${result.errors} (${result.timeouts}) | ${result.non2xx} | ${megabytes(afterWarmUp)} | ${megabytes(atEnd)} | ${(growth * 100).toFixed(1)} % |`,
      '',
      failures.length ? `**Failed:** ${failures.join('; ')}.` : 'Passed: no errors, only 2xx, memory within 20 %.',
    ].join('\n');
    console.log(report);
    writeDocSection('docs/security.md', 'load', report);
    if (failures.length) process.exitCode = 1;
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
