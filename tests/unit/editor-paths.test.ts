import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { entryFile, materialFile, resolveWritable, UnsafePathError } from '@/lib/editor/paths';
import { readText, writeAtomic } from '@/lib/editor/store';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-paths-'));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-outside-'));
fs.mkdirSync(path.join(root, 'content/pages'), { recursive: true });
fs.mkdirSync(path.join(root, 'public/materials'), { recursive: true });
fs.symlinkSync(outside, path.join(root, 'content/escape'));
afterAll(() => [root, outside].forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

const traversals = [
  '..',
  '../x',
  '../../etc/passwd',
  'a/../../b',
  '%2e%2e',
  '..%2f..%2fx',
  'a\\..\\..\\b',
  '/etc/passwd',
  'x\0y',
  'goals.de.md',
  'Goals',
  'a b',
  '',
];

describe('the path guard: no write leaves content/ or public/materials/', () => {
  it('accepts the files of entries and documents', () => {
    expect(entryFile('pages', 'goals', 'de')).toBe('content/pages/goals.de.md');
    expect(materialFile('bericht-2022.pdf')).toBe('public/materials/bericht-2022.pdf');
    expect(resolveWritable(root, 'content/pages/goals.de.md')).toBe(path.join(root, 'content/pages/goals.de.md'));
  });

  it.each(traversals)('refuses %j as key, folder, language or file name', (attempt) => {
    expect(() => entryFile('pages', attempt, 'de')).toThrow(UnsafePathError);
    expect(() => entryFile(attempt, 'goals', 'de')).toThrow(UnsafePathError);
    expect(() => entryFile('pages', 'goals', attempt)).toThrow(UnsafePathError);
    if (attempt !== 'goals.de.md') expect(() => materialFile(attempt)).toThrow(UnsafePathError);
  });

  it.each([
    'content/../package.json',
    'content/pages/../../package.json',
    'public/materials/../../x.pdf',
    'public/x.pdf',
    'content',
    '/etc/passwd',
    'content\\..\\x',
    `${root}/content/pages/x.md`,
    'content/pages/x\0.md',
    'content/escape/x.md',
  ])('refuses to write %j', (attempt) => {
    expect(() => writeAtomic(root, attempt, 'x')).toThrow(UnsafePathError);
    expect(() => readText(root, attempt)).toThrow(UnsafePathError);
  });

  it('writes atomically: the whole text or the old one, and no temporary file left behind', () => {
    writeAtomic(root, 'content/pages/goals.de.md', 'eins');
    writeAtomic(root, 'content/pages/goals.de.md', 'zwei');
    expect(readText(root, 'content/pages/goals.de.md')).toBe('zwei');
    expect(fs.readdirSync(path.join(root, 'content/pages'))).toEqual(['goals.de.md']);
    expect(fs.readdirSync(outside)).toEqual([]);
  });
});
