import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditPage } from '@/scripts/bench/lighthouse';

const lighthouse = vi.hoisted(() => vi.fn());
vi.mock('lighthouse', () => ({ default: lighthouse }));

/** What Lighthouse answers for a run it recorded, reduced to what the bench reads. */
function recorded(performance: number, lcpMs = 900) {
  const categories = Object.fromEntries(
    ['performance', 'accessibility', 'best-practices', 'seo'].map((id) => [id, { score: performance }]),
  );
  const audit = (id: string) => ({ id, numericValue: id === 'largest-contentful-paint' ? lcpMs : 0, score: 1 });
  return { lhr: { categories, audits: new Proxy({}, { get: (_, id: string) => audit(id) }) } };
}

const unrecorded = {
  lhr: { runtimeError: { code: 'NO_NAVSTART', message: 'Something went wrong with recording the trace' } },
};

describe("a page's Lighthouse figures", () => {
  beforeEach(() => lighthouse.mockReset());

  it('are the median of the runs', async () => {
    lighthouse
      .mockResolvedValueOnce(recorded(1, 1300))
      .mockResolvedValueOnce(recorded(0.9, 800))
      .mockResolvedValueOnce(recorded(0.97, 950));
    const audit = await auditPage('http://127.0.0.1:1/de', 9222, 3);
    expect([audit.performance, audit['LCP ms']]).toEqual([97, 950]);
  });

  it('come from runs that recorded the page: a run that failed to is run again, and counted', async () => {
    lighthouse.mockResolvedValueOnce(recorded(1)).mockResolvedValueOnce(unrecorded).mockResolvedValue(recorded(0.98));
    const audit = await auditPage('http://127.0.0.1:1/en/goals', 9222, 3);
    expect(lighthouse).toHaveBeenCalledTimes(4);
    expect([audit.performance, audit['repeated runs']]).toEqual([98, 1]);
  });

  it('fail when the page fails to record again and again', async () => {
    lighthouse.mockResolvedValue(unrecorded);
    await expect(auditPage('http://127.0.0.1:1/en/goals', 9222, 3)).rejects.toThrow(
      'Lighthouse on http://127.0.0.1:1/en/goals: Something went wrong',
    );
    expect(lighthouse).toHaveBeenCalledTimes(3);
  });
});
