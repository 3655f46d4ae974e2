import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { ContentCache } from '@/lib/content/content-cache';
import { validSite, writeSite } from './site-fixture';

const goalsFile = 'content/pages/goals.de.md';
const goals = validSite[goalsFile]!;
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

function temporary(changes: Record<string, string> = {}) {
  const projectDir = writeSite(changes);
  const cacheFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'epi-cache-')), 'cache.json');
  folders.push(projectDir, path.dirname(cacheFile));
  const check = (version = 'v1') => {
    const cache = new ContentCache(cacheFile, version);
    const { issues } = checkContent({ projectDir, render: false, cache });
    cache.save();
    return issues.map(({ file, line, code }) => ({ file, line, code }));
  };
  return { projectDir, cacheFile, check };
}

describe('the content check cache', () => {
  it('gives the same findings as a check without it, on the first run and on the next', () => {
    const broken = {
      [goalsFile]: goals.replace('order: 2', 'order: 2\ncolour: blue').replace('## Unsere Ziele', '# Ziele'),
    };
    const { projectDir, check } = temporary(broken);
    const uncached = checkContent({ projectDir, render: false }).issues.map(({ file, line, code }) => ({
      file,
      line,
      code,
    }));
    expect(uncached.length).toBeGreaterThan(0);
    expect(check()).toEqual(uncached);
    expect(check()).toEqual(uncached);
  });

  it('reads an edited file afresh', () => {
    const { projectDir, check } = temporary();
    expect(check()).toEqual([]);
    fs.writeFileSync(path.join(projectDir, goalsFile), goals.replace('## Unsere Ziele', '# Ziele'));
    expect(check()).toEqual([{ file: goalsFile, line: 8, code: 'heading_level_one' }]);
  });

  it('uses what it remembers, made by the same code only', () => {
    const { cacheFile, check } = temporary();
    check();
    // Plant a finding for the unchanged body of goals.de.md: only a cache that is really read can report it.
    const body = goals.slice(goals.indexOf('## Unsere Ziele'));
    const key = createHash('sha1').update(`m:${body}`).digest('base64url');
    const stored = JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
    stored.entries[key] = { problems: [{ code: 'table_without_header', line: 1 }], links: [] };
    fs.writeFileSync(cacheFile, JSON.stringify(stored));
    expect(check('v1')).toEqual([{ file: goalsFile, line: 8, code: 'table_without_header' }]);
    fs.writeFileSync(cacheFile, JSON.stringify(stored));
    expect(check('v2')).toEqual([]);
  });
});
