import path from 'node:path';
import autocannon from 'autocannon';
import { startNginx, replaceLine } from '../../tests/e2e/nginx';
import { startServer } from '../production-server';

export interface Throughput {
  target: string;
  url: string;
  /** Answers with status 2xx per second. */
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}

/** The same client for every target: autocannon, 50 connections, 3 s to warm up, then `seconds` measured. */
export const load = { connections: 50, warmUpSeconds: 3, seconds: 10 };

export async function measure(target: string, url: string): Promise<Throughput> {
  await autocannon({ url, connections: load.connections, duration: load.warmUpSeconds });
  const result = await autocannon({ url, connections: load.connections, duration: load.seconds });
  return {
    target,
    url,
    requestsPerSecond: Math.round(result['2xx'] / result.duration),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** nginx serving out/ with deploy/nginx.conf, adapted in its `listen` and `root` lines only (as docs/deploy.md says). */
export const startExportServer = (outDir: string) =>
  startNginx('deploy/nginx.conf', (config, port) => replaceLine(replaceLine(config, 'listen', `127.0.0.1:${port}`), 'root', path.resolve(outDir)));

/** One server at a time, so that each has both cores: `next start` of the site, nginx on the export, the floor's `next start`. */
export async function measureThroughput(pagePath: string, outDir: string, floorDir: string, log: (line: string) => void): Promise<Throughput[]> {
  const results: Throughput[] = [];
  const run = async (target: string, start: () => Promise<{ origin: string; stop: () => unknown }>, path: string) => {
    const server = await start();
    try {
      const result = await measure(target, `${server.origin}${path}`);
      log(`  ${target.padEnd(16)} ${path.padEnd(6)} ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
      results.push(result);
    } finally {
      await server.stop();
    }
  };
  await run('server', () => startServer(), pagePath);
  await run('export (nginx)', () => startExportServer(outDir), pagePath);
  await run('floor server', () => startServer(floorDir), '/');
  return results;
}
