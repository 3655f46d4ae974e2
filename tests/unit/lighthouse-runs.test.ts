import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditPage, type LighthouseFigures } from '@/scripts/bench/lighthouse';
import { lighthouseTable } from '@/scripts/bench/report-tables';

const lighthouse = vi.hoisted(() => vi.fn());
vi.mock('lighthouse', () => ({ default: lighthouse }));

/** What Lighthouse answers for a run it recorded, reduced to what the bench reads. */
function recorded(performance: number) {
  const audit = { numericValue: 100, score: 1, scoreDisplayMode: 'numeric' };
  const categories = Object.fromEntries(
    ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, { score: performance }]),
  );
  return { lhr: { categories, audits: new Proxy({}, { get: () => audit }), environment: { benchmarkIndex: 1500 } } };
}

const unrecorded = {
  lhr: { runtimeError: { code: 'NO_NAVSTART', message: 'Something went wrong with recording the trace' } },
};

describe('a Lighthouse run that fails to record the page load', () => {
  beforeEach(() => {
    lighthouse.mockReset();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
  });

  it("is run again, and the page's figures say so", async () => {
    lighthouse.mockResolvedValueOnce(recorded(1)).mockResolvedValueOnce(unrecorded).mockResolvedValue(recorded(0.98));
    const figures = await auditPage('http://127.0.0.1:1', '/en/goals', 9222, 3);
    expect(lighthouse).toHaveBeenCalledTimes(4);
    expect(figures.performanceByRun).toEqual([100, 98, 98]);
    expect(figures.repeatedRuns).toEqual(['NO_NAVSTART']);

    const report = lighthouseTable({ server: [], export: [figures] }).join('\n');
    expect(report).toContain('run again: export /en/goals (NO_NAVSTART)');
  });

  it('fails the audit when the page fails again and again', async () => {
    lighthouse.mockResolvedValue(unrecorded);
    await expect(auditPage('http://127.0.0.1:1', '/en/goals', 9222, 3)).rejects.toThrow(
      'Lighthouse on /en/goals: Something went wrong',
    );
    expect(lighthouse).toHaveBeenCalledTimes(3);
  });

  it('leaves a page recorded at the first try without a note', async () => {
    lighthouse.mockResolvedValue(recorded(1));
    const figures: LighthouseFigures = await auditPage('http://127.0.0.1:1', '/de', 9222, 3);
    expect(figures.repeatedRuns).toBeUndefined();
    expect(lighthouseTable({ server: [figures], export: [] }).join('\n')).not.toContain('run again');
  });
});
