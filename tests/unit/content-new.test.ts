import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesFor } from '@/lib/content/collection-spec';
import { scaffoldFiles, scaffoldKinds } from '@/lib/content/scaffold';
import { checkSite } from './site-fixture';

describe('content:new scaffolding', () => {
  const kinds = [
    ['page', 'news'],
    ['partner', 'new-partner'],
    ['material', 'report'],
  ] as const;
  // The files the examples name: a material's document and a partner's logo (a PNG of 1 × 1 pixel).
  const document = {
    'public/materials/epi-abschlussbericht.pdf': '%PDF-1.4',
    'content/images/ravenna.png': Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    ),
  };
  // The body's example links to the contact page, which the smallest valid site does not have.
  const newFiles = (kind: (typeof kinds)[number][0], key: string, fill: (file: string, text: string) => string) =>
    Object.fromEntries(
      Object.entries(scaffoldFiles(kind, key)).map(([file, text]) => [
        file,
        fill(file, text.replace('(page:contact)', '(page:goals)')),
      ]),
    );

  it.each(kinds)(
    'the %s files have every field empty, and clash with nothing before they are filled in',
    (kind, key) => {
      const files = newFiles(kind, key, (_file, text) => text);
      for (const text of Object.values(files)) expect(text).toMatch(/^---\n(\w+: # .+\n)+---\n/);
      const errors = checkSite({ ...files, ...document }).issues.filter((issue) => issue.severity === 'error');
      expect(errors).not.toEqual([]);
      // Only the required fields of the new files are reported, each at its own line.
      for (const issue of errors) {
        expect(issue.code).toBe('missing_field');
        expect(files[issue.file].split('\n')[issue.line! - 1]).toMatch(new RegExp(`^${issue.field}: #`));
      }
    },
  );

  it.each(kinds)('the %s files pass the check once their required fields are filled in', (kind, key) => {
    const spec = scaffoldKinds[kind];
    const slugs = { de: { slug: 'neuigkeiten' }, en: { slug: 'news' } };
    const files = newFiles(kind, key, (file, text) => {
      const locale = file.endsWith('.de.md') ? 'de' : 'en';
      const values: Record<string, unknown> = { ...examplesFor(spec, locale), ...(kind === 'page' && slugs[locale]) };
      return text.replace(/^(\w+): #.*$/gm, (line, field: string) =>
        field in values ? `${field}: ${JSON.stringify(values[field])}` : line,
      );
    });
    expect(checkSite({ ...files, ...document }).issues).toEqual([]);
  });
});

describe('npm run content:new', () => {
  it('creates both files and refuses to overwrite them', () => {
    const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-new-'));
    const script = path.resolve('scripts/content-new.ts');
    const tsx = import.meta.resolve('tsx');
    const run = () =>
      spawnSync(process.execPath, ['--import', tsx, script, 'page', 'news'], { cwd: projectDir, encoding: 'utf8' });
    expect(run().status).toBe(0);
    expect(fs.readdirSync(path.join(projectDir, 'content/pages')).sort()).toEqual(['news.de.md', 'news.en.md']);
    fs.writeFileSync(path.join(projectDir, 'content/pages/news.de.md'), 'mine');
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('content/pages/news.de.md');
    expect(fs.readFileSync(path.join(projectDir, 'content/pages/news.de.md'), 'utf8')).toBe('mine');
    fs.rmSync(projectDir, { recursive: true, force: true });
  }, 30_000);
});
