import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** Above this one-minute load average the shared machine was busy with other work: figures taken then are not final. */
export const quietLoad = 2.5;

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  os: string;
  node: string;
  /** A file of certificates Node reads at every start, when the machine's environment names one. */
  nodeExtraCaCerts?: string;
  versions: Record<string, string>;
  chromium?: string;
  nginx?: string;
}

/** The version of a package as installed in node_modules. */
export const packageVersion = (name: string) =>
  (JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

/** What a command prints about its version on `stream` (nginx prints it on stderr; Debian's chromium wrapper writes warnings there). */
function commandVersion(command: string, args: string[], stream: 'stdout' | 'stderr'): string | undefined {
  return spawnSync(command, args, { encoding: 'utf8' })[stream]?.trim() || undefined;
}

export function describeMachine(chromiumPath?: string): Machine {
  const nginx = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    nodeExtraCaCerts: process.env.NODE_EXTRA_CA_CERTS,
    versions: Object.fromEntries(
      ['next', 'react', 'react-dom', 'next-intl', 'tailwindcss', 'lighthouse', 'autocannon'].map((name) => [
        name,
        packageVersion(name),
      ]),
    ),
    chromium: chromiumPath ? commandVersion(chromiumPath, ['--version'], 'stdout') : undefined,
    nginx: commandVersion(nginx, ['-v'], 'stderr')?.replace(/^nginx version:\s*/, ''),
  };
}

/** The one-, five- and fifteen-minute load averages, rounded. */
export const loadAverage = () => os.loadavg().map((value) => Math.round(value * 100) / 100) as [number, number, number];

export interface PartRecord {
  name: string;
  startedAt: string;
  seconds: number;
  loadBefore: [number, number, number];
  loadAfter: [number, number, number];
  /** Whether the machine was quiet when the part started (one-minute load average at most `quietLoad`). */
  quiet: boolean;
}

/**
 * Waits (at most `maxWaitMs`) until the one-minute load average is at most `quietLoad`: the bench's own previous part
 * leaves some load behind, other people's work may too. Returns whether it got there.
 */
export async function waitForQuiet(maxWaitMs: number, log: (line: string) => void): Promise<boolean> {
  const deadline = Date.now() + maxWaitMs;
  let told = false;
  while (loadAverage()[0] > quietLoad) {
    if (Date.now() >= deadline) return false;
    if (!told) log(`  waiting for a quiet machine (load average ${loadAverage()[0]}, at most ${quietLoad} wanted)…`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 10_000));
  }
  return true;
}

/** Runs one part of the bench, with the load average before and after it. */
export async function runPart<T>(
  name: string,
  maxWaitMs: number,
  log: (line: string) => void,
  work: () => Promise<T>,
): Promise<{ record: PartRecord; result: T }> {
  log(`\n▶ ${name}`);
  await waitForQuiet(maxWaitMs, log);
  const loadBefore = loadAverage();
  const startedAt = new Date();
  const result = await work();
  const record: PartRecord = {
    name,
    startedAt: startedAt.toISOString(),
    seconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
    loadBefore,
    loadAfter: loadAverage(),
    quiet: loadBefore[0] <= quietLoad,
  };
  log(`  done in ${record.seconds} s, load average ${record.loadBefore[0]} before, ${record.loadAfter[0]} after`);
  return { record, result };
}
