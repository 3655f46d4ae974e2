import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import vnuJar from 'vnu-jar';
import { publishedPages } from './content-index';

test('the W3C Nu checker finds no errors on any page', async ({ request }) => {
  test.setTimeout(120_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-html-'));
  const paths = [...publishedPages().map((page) => page.path), '/de/unbekannt', '/en/unknown', '/xx/unknown'];
  for (const [index, pagePath] of paths.entries()) {
    fs.writeFileSync(path.join(folder, `${index}.html`), await (await request.get(pagePath)).text());
  }
  let report = '';
  try {
    execFileSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', folder], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    report = (error as { stderr: string }).stderr;
  }
  const messages = report ? JSON.parse(report).messages : [];
  const errors = messages.map((message: { url: string; message: string }) => {
    const index = Number(path.basename(message.url, '.html'));
    return `${paths[index]}: ${message.message}`;
  });
  fs.rmSync(folder, { recursive: true, force: true });
  expect(errors).toEqual([]);
});
