import type { BuildWeights } from './budgets';
import type { Floor } from './floor';
import type { LighthouseFigures } from './lighthouse';
import type { Machine, PartRecord } from './machine';
import type { ScalingRun } from './scaling';
import type { Throughput } from './throughput';

/** Everything one `npm run bench` measured; docs/performance.json holds it, docs/performance.md shows it. */
export interface BenchResults {
  date: string;
  /** A full run on a quiet machine: every part started at a load average of at most `quietLoad`. */
  final: boolean;
  /** Parts left out of this run (`--only`), or smaller than the full bench (`--runs`, `--sizes`). */
  narrowed: string[];
  machine: Machine;
  parts: PartRecord[];
  /** `npm run build` and `npm run build:static` of the real content, seconds. */
  builds?: { server: number; static: number };
  floor?: Floor;
  weights?: BuildWeights;
  brokenBudgets?: string[];
  throughput?: Throughput[];
  /** `floor`: the bare Next page; `blank`: a page with no script and no CSS, served like the export; for comparison. */
  lighthouse?: {
    server: LighthouseFigures[];
    export: LighthouseFigures[];
    floor?: LighthouseFigures[];
    blank?: LighthouseFigures[];
  };
  scaling?: ScalingRun[];
}
