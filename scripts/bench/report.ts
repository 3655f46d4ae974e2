import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { exportDir } from '../build/folders';
import { chromiumPath } from '../tooling/chromium';
import { nginxBinary, serveExport } from '../tooling/nginx';
import { startServer } from '../tooling/production-server';

/** A figure in a table: numbers get thousands separators, a figure not measured a dash. */
export type Cell = string | number | undefined;

/** A figure with a target that docs/performance.md promises to users, and whether this run met it. */
export type Target = [figure: string, measured: Cell, target: string, met: boolean];

/** What one part of the bench reports: its rows of the targets table, and its own sections. */
export type PartReport = { targets?: Target[]; sections: string[] };

export type Log = (line: string) => void;

/** How each mode is served: `next start` on the server build, nginx with deploy/nginx.conf on the export. */
export const modes = { server: () => startServer(), export: () => serveExport(exportDir) };

/** The middle value; of an even count, the upper of the two middle ones. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The load average over 1, 5 and 15 minutes, as a report gives it beside its figures. */
export const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

export const kb = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

const cell = (value: Cell) =>
  value === undefined ? '–' : typeof value === 'number' ? value.toLocaleString('en') : value;

export function table(head: string[], rows: Cell[][]): string {
  return [head, head.map(() => '---'), ...rows.map((row) => row.map(cell))]
    .map((row) => `| ${row.join(' | ')} |`)
    .join('\n');
}

/** A `###` section: a heading, a sentence on how the figures were taken, and the table. */
export const section = (title: string, how: string, head: string[], rows: Cell[][]) =>
  `### ${title}\n\n${how}\n\n${table(head, rows)}`;

/** What a command prints about its version (nginx prints it on stderr, Debian's Chromium wrapper warnings there too). */
const firstLine = (command: string, args: string[]) =>
  (spawnSync(command, args, { encoding: 'utf8' }).output.find(Boolean) ?? '').trim().split('\n')[0];

const version = (name: string) =>
  (JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

export function machineTable(): string {
  return table(
    ['', ''],
    [
      ['CPU', `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? 'unknown'}`],
      ['memory', `${Math.round(os.totalmem() / 2 ** 30)} GiB`],
      ['system', `${os.type()} ${os.release()}`],
      ['Node', process.version],
      ['Chromium', firstLine(chromiumPath(), ['--version'])],
      ['nginx', firstLine(nginxBinary, ['-v'])],
      ['packages', ['next', 'react', 'lighthouse', 'autocannon'].map((name) => `${name} ${version(name)}`).join(', ')],
    ],
  );
}

export const targetsTable = (targets: Target[]) =>
  table(
    ['figure', 'measured', 'target', 'met'],
    targets.map(([figure, measured, target, met]) => [figure, measured, target, met ? 'yes' : '**no**']),
  );
