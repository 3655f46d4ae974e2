import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { validSite, writeSite } from './site-fixture';

const goals = validSite['content/pages/goals.de.md']!;

function checkWith(overrides: Record<string, string | null>) {
  const projectDir = writeSite();
  try {
    return checkContent({ projectDir, overrides });
  } finally {
    fs.rmSync(projectDir, { recursive: true, force: true });
  }
}

describe('unsaved text laid over the files (what the editor checks and previews)', () => {
  it('replaces a file on disk', () => {
    const { site } = checkWith({ 'content/pages/goals.de.md': goals.replace('title: Ziele', 'title: Neue Ziele') });
    expect(site?.pages.find((page) => page.path === '/de/ziele')?.title).toBe('Neue Ziele');
  });

  it('adds a file that is not on disk yet', () => {
    const { site, issues } = checkWith({ 'content/pages/news.de.md': goals.replace('slug: ziele', 'slug: neues') });
    expect(issues).toEqual([]);
    expect(site?.pages.map((page) => page.path)).toContain('/de/neues');
  });

  it('leaves out a file that is about to be deleted, so that links to it show up', () => {
    const { site, issues } = checkWith({ 'content/pages/goals.en.md': null });
    expect(site).toBeUndefined();
    expect(issues).toMatchObject([
      { file: 'content/pages/home.en.md', code: 'unknown_page_key', params: { value: 'page:goals' } },
    ]);
  });

  it('reports problems of the unsaved text at their line', () => {
    const { site, issues } = checkWith({ 'content/pages/goals.de.md': goals.replace('order: 2', 'order: zwei') });
    expect(site).toBeUndefined();
    expect(issues).toMatchObject([{ file: 'content/pages/goals.de.md', line: 3, code: 'wrong_type' }]);
  });
});
