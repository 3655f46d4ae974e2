import autocannon from 'autocannon';
import { serveExport } from '../tooling/nginx';
import { processGroupUsage } from '../process-group';
import { startServer } from '../tooling/production-server';
import { proxiedFloorPage, sizedFloorPage } from './floor';

export interface Throughput {
  target: string;
  url: string;
  /** Answers with status 2xx per second: the median round's. */
  requestsPerSecond: number;
  /** Each round's requests per second, in the order measured. */
  requestsPerSecondByRun: number[];
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

/** The same client for every target: autocannon, 50 connections, 3 s to warm up, then `rounds` of `seconds` measured. */
export const load = { connections: 50, warmUpSeconds: 3, seconds: 10, rounds: 3 };

/** One round's figures of one address. */
type Round = Omit<Throughput, 'requestsPerSecondByRun'>;

interface Target {
  name: string;
  url: string;
  /** The server's process group, for its processor time. */
  group?: number;
}

async function measure({ name, url, group }: Target): Promise<Round> {
  const cpuBefore = group === undefined ? 0 : processGroupUsage(group).cpuMs;
  const result = await autocannon({ url, connections: load.connections, duration: load.seconds });
  const cpuMs = group === undefined ? undefined : processGroupUsage(group).cpuMs - cpuBefore;
  return {
    target: name,
    url,
    requestsPerSecond: Math.round(result['2xx'] / result.duration),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99 },
    errors: result.errors,
    non2xx: result.non2xx,
    bytesPerResponse: Math.round(result.throughput.total / Math.max(1, result.requests.total)),
    cpuMsPerRequest: cpuMs === undefined ? undefined : Math.round((cpuMs / result.requests.total) * 1000) / 1000,
  };
}

/** The round with the median requests per second, with every round's figure beside it. */
function medianRound(rounds: Round[]): Throughput {
  const sorted = [...rounds].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  return {
    ...sorted[Math.floor(sorted.length / 2)],
    requestsPerSecondByRun: rounds.map((round) => round.requestsPerSecond),
  };
}

const floorTargets: Record<string, string> = {
  '/': 'floor server',
  [proxiedFloorPage]: 'floor server, through a proxy',
  [sizedFloorPage]: "floor server, through a proxy, the site's size",
};

/**
 * `next start` of the site, nginx on the export, the floor's `next start` on its bare page, on the same page behind a
 * proxy that does nothing, and on that page as large as ours. All servers are started and warmed up first; then each
 * round loads one target after the other, so that the shared machine's changing load and each server's time since its
 * start fall on all of them alike.
 */
export async function measureThroughput(
  pagePath: string,
  outDir: string,
  floorDir: string,
  log: (line: string) => void,
): Promise<Throughput[]> {
  const servers: { origin: string; group?: number; stop: () => unknown }[] = [];
  try {
    const [site, nginx, floor] = [await startServer(), await serveExport(outDir), await startServer(floorDir)];
    servers.push(site, nginx, floor);
    const targets: Target[] = [
      { name: 'server', url: `${site.origin}${pagePath}`, group: site.group },
      { name: 'export (nginx)', url: `${nginx.origin}${pagePath}` },
      ...Object.entries(floorTargets).map(([urlPath, name]) => ({
        name,
        url: `${floor.origin}${urlPath}`,
        group: floor.group,
      })),
    ];
    for (const { url } of targets)
      await autocannon({ url, connections: load.connections, duration: load.warmUpSeconds });
    const rounds = new Map<string, Round[]>(targets.map(({ name }) => [name, []]));
    for (let round = 1; round <= load.rounds; round++) {
      for (const target of targets) {
        const result = await measure(target);
        rounds.get(target.name)!.push(result);
        const cpu = result.cpuMsPerRequest === undefined ? '' : `, ${result.cpuMsPerRequest} ms CPU per request`;
        log(
          `  round ${round}  ${result.target.padEnd(46)} ${new URL(result.url).pathname.padEnd(14)} ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms${cpu}`,
        );
      }
    }
    return targets.map(({ name }) => medianRound(rounds.get(name)!));
  } finally {
    for (const server of servers) await server.stop();
  }
}
