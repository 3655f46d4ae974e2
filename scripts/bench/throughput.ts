import autocannon from 'autocannon';
import { serveExport } from '../../tests/e2e/nginx';
import { processGroupUsage } from '../process-group';
import { startServer } from '../production-server';
import { proxiedFloorPage, sizedFloorPage } from './floor';

export interface Throughput {
  target: string;
  url: string;
  /** Answers with status 2xx per second. */
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  errors: number;
  non2xx: number;
  /** Bytes of one answer, headers included (no compression: the client asks for none). */
  bytesPerResponse: number;
  /**
   * Processor time the server's processes spent per request, in ms: unlike requests per second, it hardly depends on
   * what else the shared machine runs. Only for the Next servers (nginx is not started in a group of its own).
   */
  cpuMsPerRequest?: number;
}

/** The same client for every target: autocannon, 50 connections, 3 s to warm up, then `seconds` measured. */
export const load = { connections: 50, warmUpSeconds: 3, seconds: 10 };

export async function measure(target: string, url: string, group?: number): Promise<Throughput> {
  await autocannon({ url, connections: load.connections, duration: load.warmUpSeconds });
  const cpuBefore = group === undefined ? 0 : processGroupUsage(group).cpuMs;
  const result = await autocannon({ url, connections: load.connections, duration: load.seconds });
  const cpuMs = group === undefined ? undefined : processGroupUsage(group).cpuMs - cpuBefore;
  return {
    target,
    url,
    requestsPerSecond: Math.round(result['2xx'] / result.duration),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    cpuMsPerRequest: cpuMs === undefined ? undefined : Math.round((cpuMs / result.requests.total) * 1000) / 1000,
  };
}


const floorTargets: Record<string, string> = {
  '/': 'floor server',
  [proxiedFloorPage]: 'floor server, through a proxy',
  [sizedFloorPage]: "floor server, through a proxy, the site's size",
};

/**
 * One server at a time, so that each has both cores: `next start` of the site, nginx on the export, the floor's
 * `next start` on its bare page, on the same page behind a proxy that does nothing, and on that page as large as ours.
 */
export async function measureThroughput(pagePath: string, outDir: string, floorDir: string, log: (line: string) => void): Promise<Throughput[]> {
  const results: Throughput[] = [];
  const run = async (target: string, start: () => Promise<{ origin: string; group?: number; stop: () => unknown }>, paths: string[]) => {
    const server = await start();
    try {
      for (const urlPath of paths) {
        const result = await measure(target === 'floor server' ? floorTargets[urlPath] : target, `${server.origin}${urlPath}`, server.group);
        const cpu = result.cpuMsPerRequest === undefined ? '' : `, ${result.cpuMsPerRequest} ms CPU per request`;
        log(`  ${result.target.padEnd(46)} ${urlPath.padEnd(14)} ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms${cpu}`);
        results.push(result);
      }
    } finally {
      await server.stop();
    }
  };
  await run('server', () => startServer(), [pagePath]);
  await run('export (nginx)', () => serveExport(outDir), [pagePath]);
  await run('floor server', () => startServer(floorDir), Object.keys(floorTargets));
  return results;
}
