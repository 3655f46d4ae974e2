// The part of autocannon (plain JavaScript, no types of its own) that scripts/load.ts uses.
declare module 'autocannon' {
  interface Options {
    url: string;
    connections: number;
    duration: number;
    requests?: { path: string }[];
  }
  interface Result {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; max: number };
    throughput: { average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
