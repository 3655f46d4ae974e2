import { describe, expect, it } from 'vitest';
import type { LighthouseFigures } from '@/scripts/bench/lighthouse';
import type { Machine } from '@/scripts/bench/machine';
import { missNotes } from '@/scripts/bench/notes';
import { machineTable } from '@/scripts/bench/report-tables';
import type { BenchResults } from '@/scripts/bench/results';
import type { ScalingRun } from '@/scripts/bench/scaling';

const machine: Machine = { cpus: 2, cpuModel: 'test CPU', memoryGiB: 24, os: 'Linux', node: 'v20', versions: {} };

const audited = (benchmarkIndex: number) => ({ path: '/de', benchmarkIndex }) as LighthouseFigures;

describe("the report's machine table", () => {
  it("gives the machine's speed during the run, so that runs on a slower spell are told apart", () => {
    const rows = machineTable(machine, { server: [audited(1914)], export: [audited(1010), audited(1500)] });
    expect(rows).toContain(
      "| speed | Lighthouse's benchmark index 1010–1914 during this run (higher is faster): compare figures of runs with similar indexes |",
    );
  });

  it('has no speed row when Lighthouse did not run', () => {
    expect(machineTable(machine).join('\n')).not.toContain('speed');
  });
});

function scalingRun(pagesPerLanguage: number, files: number, contentCheckCold: number): ScalingRun {
  const seconds = { contentCheckCold, contentCheckWarm: 0.5, nextBuild: 50, buildStatic: 50 };
  return { pagesPerLanguage, files, seconds, buildRuns: { nextBuild: [50], buildStatic: [50] } };
}

describe('the note on the cold content check', () => {
  const results = { scaling: [scalingRun(100, 235, 1.9), scalingRun(1000, 2035, 7.33)] } as BenchResults;

  it("takes this run's cold figure and says what sharing the Markdown over both cores would leave of it", () => {
    const [note] = missNotes(results);
    expect(note).toContain("this run's 7.33 s would only shrink to 4.5 s");
    expect(note).toContain('2035 files in 7.33 s');
  });

  it('is left out when the cold check meets its target', () => {
    expect(missNotes({ scaling: [scalingRun(100, 235, 0.4), scalingRun(1000, 2035, 0.9)] } as BenchResults)).toEqual(
      [],
    );
  });
});
