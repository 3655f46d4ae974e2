import autocannon from 'autocannon';
import { median, modes, section, type Log, type PartReport } from './report';

const load = { connections: 50, warmUpSeconds: 3, seconds: 10, rounds: 3 };
const perSecond = (round: autocannon.Result) => Math.round(round['2xx'] / round.duration);
const columns: Record<string, (rounds: autocannon.Result[]) => number> = {
  'requests/s': (rounds) => median(rounds.map(perSecond)),
  'latency p50 ms': (rounds) => median(rounds.map((round) => round.latency.p50)),
  'latency p99 ms': (rounds) => median(rounds.map((round) => round.latency.p99)),
  'errors and not 2xx': (rounds) => rounds.reduce((sum, round) => sum + round.errors + round.non2xx, 0),
  'bytes per answer': (rounds) =>
    median(rounds.map((round) => Math.round(round.throughput.total / round.requests.total))),
};

/**
 * Both modes' servers on one page. Both are started and warmed up first; then each round loads one after the other, so
 * that the shared machine's changing load falls on both alike.
 */
export async function throughputReport(pagePath: string, log: Log): Promise<PartReport> {
  const servers: { name: string; origin: string; stop: () => unknown }[] = [];
  try {
    for (const [name, start] of Object.entries(modes)) servers.push({ name, ...(await start()) });
    const run = (origin: string, duration: number) =>
      autocannon({ url: `${origin}${pagePath}`, connections: load.connections, duration });
    for (const { origin } of servers) await run(origin, load.warmUpSeconds);
    const rounds = servers.map((): autocannon.Result[] => []);
    for (let round = 0; round < load.rounds; round++) {
      for (const [index, { name, origin }] of servers.entries()) {
        const result = await run(origin, load.seconds);
        rounds[index].push(result);
        log(`  ${name}: ${perSecond(result)} requests/s`);
      }
    }
    const rows = servers.map(({ name }, index) => [
      name,
      pagePath,
      ...Object.values(columns).map((of) => of(rounds[index])),
    ]);
    const how = `autocannon, ${load.connections} connections, no compression asked for; each server warmed up for ${load.warmUpSeconds} s, then ${load.rounds} rounds of ${load.seconds} s each, in turn: the median of the rounds (errors: their sum).`;
    const head = ['mode', 'page', ...Object.keys(columns)];
    return { sections: [section('Throughput', how, head, rows)] };
  } finally {
    for (const server of servers) await server.stop();
  }
}
