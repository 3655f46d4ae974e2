import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }));
const pageBytes = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }));

/**
 * Processor time (user + system, ms) and resident memory (bytes) of every process in a process group, read from /proc:
 * a server started with `detached` (scripts/production-server.ts) is npx, next start and its workers.
 */
export function processGroupUsage(group: number): { cpuMs: number; residentBytes: number } {
  let ticks = 0;
  let pages = 0;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which may contain spaces and parentheses): state 3rd, process group 5th,
      // utime 14th, stime 15th, RSS in pages 24th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== group) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
      pages += Number(fields[21]);
    } catch {
      // The process ended while we read.
    }
  }
  return { cpuMs: (ticks * 1000) / clockTicksPerSecond, residentBytes: pages * pageBytes };
}
