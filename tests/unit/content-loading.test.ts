import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkContent, formatIssue, loadSite } from '@/lib/content';
import { goalsHeader, writeSite } from './site-fixture';

describe('translation status', () => {
  function siteWithTimes(germanTime: number, englishTime: number) {
    const projectDir = writeSite();
    fs.utimesSync(path.join(projectDir, 'content/pages/goals.de.md'), germanTime, germanTime);
    fs.utimesSync(path.join(projectDir, 'content/pages/goals.en.md'), englishTime, englishTime);
    fs.writeFileSync(
      path.join(projectDir, 'content/pages/only-german.de.md'),
      goalsHeader.replace('slug: ziele', 'slug: nur-deutsch'),
    );
    const result = checkContent({ projectDir, includeDrafts: true, coverage: true });
    fs.rmSync(projectDir, { recursive: true, force: true });
    return result;
  }

  it('warns when the German file changed after the English one', () => {
    const { issues } = siteWithTimes(2_000_000, 1_000_000);
    expect(issues.map((issue) => formatIssue(issue, 'en'))).toEqual([
      'content/pages/goals.en.md:1  The English version may be out of date: content/pages/goals.de.md was changed later.  →  Compare the translation with content/pages/goals.de.md and save it.',
    ]);
  });

  it('stays quiet when the translation is newer, and counts coverage per language', () => {
    const { issues, coverage } = siteWithTimes(1_000_000, 2_000_000);
    expect(issues).toEqual([]);
    expect(coverage).toEqual({
      files: 10,
      pages: { de: 3, en: 2 },
      total: 3,
      untranslated: [{ file: 'content/pages/only-german.de.md', missing: ['en'] }],
    });
  });
});

describe('preview', () => {
  it('shows an edited file on the next load without a restart, from the folder CONTENT_ROOT names', () => {
    const projectDir = writeSite();
    process.env.CONTENT_ROOT = projectDir;
    try {
      expect(loadSite().pages.find((page) => page.path === '/de/ziele')?.title).toBe('Ziele');
      const goals = path.join(projectDir, 'content/pages/goals.de.md');
      fs.writeFileSync(goals, fs.readFileSync(goals, 'utf8').replace('title: Ziele', 'title: Neue Ziele'));
      fs.utimesSync(goals, new Date(), new Date(Date.now() + 5_000));
      expect(loadSite().pages.find((page) => page.path === '/de/ziele')?.title).toBe('Neue Ziele');
    } finally {
      delete process.env.CONTENT_ROOT;
      fs.rmSync(projectDir, { recursive: true, force: true });
    }
  });
});

describe('the loaded site', () => {
  it('is read once per process, also by a second copy of the module (Next bundles pages and images apart); another content root is read anew', async () => {
    const [first, second] = [writeSite(), writeSite()];
    process.env.CONTENT_ROOT = first;
    try {
      const site = loadSite();
      vi.resetModules();
      const copy = await import('@/lib/content');
      expect(copy.loadSite).not.toBe(loadSite);
      expect(copy.loadSite()).toBe(site);
      process.env.CONTENT_ROOT = second;
      expect(copy.loadSite()).not.toBe(site);
    } finally {
      delete process.env.CONTENT_ROOT;
      for (const dir of [first, second]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
