import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import vnuJar from 'vnu-jar';
import { publishedPages } from './content-index';

interface NuMessage {
  type: string;
  url: string;
  message: string;
}

/** Runs the W3C Nu checker on a folder of HTML files; throws when the checker itself did not run. */
function runNuChecker(folder: string): NuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', folder], { encoding: 'utf8' });
  if (run.error)
    throw new Error(
      `The W3C Nu checker did not run (${run.error.message}): install Java, e.g. apt-get install default-jre-headless`,
    );
  try {
    return (JSON.parse(run.stderr) as { messages: NuMessage[] }).messages;
  } catch {
    throw new Error(`The W3C Nu checker gave no report (exit ${run.status}): ${run.stderr.slice(0, 300)}`);
  }
}

test('the W3C Nu checker finds no errors on any page', async ({ request }) => {
  test.setTimeout(120_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-html-'));
  const paths = [...publishedPages().map((page) => page.path), '/de/unbekannt', '/en/unknown', '/xx/unknown'];
  for (const [index, pagePath] of paths.entries()) {
    fs.writeFileSync(path.join(folder, `${index}.html`), await (await request.get(pagePath)).text());
  }
  try {
    const errors = runNuChecker(folder).map(
      (message) => `${paths[Number(path.basename(message.url, '.html'))]}: ${message.message}`,
    );
    expect(errors).toEqual([]);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
