import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '@/lib/content';

/** The files under a fixture folder, by their path inside it. */
function readFixture(folder: string): Record<string, string> {
  const root = path.join(import.meta.dirname, '..', 'fixtures', folder);
  const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' });
  return Object.fromEntries(
    files
      .filter((file) => fs.statSync(path.join(root, file)).isFile())
      .map((file) => [file.split(path.sep).join('/'), fs.readFileSync(path.join(root, file), 'utf8')]),
  );
}

/** The smallest valid site (tests/fixtures/site/); a test replaces or adds files to make one mistake. */
export const validSite: Record<string, string | null> = readFixture('site');

/** The pages the law requires, each stating the facts the content rules look for (tests/fixtures/legal-pages/). */
export const legalPages: Record<string, string> = readFixture('legal-pages');

/** Files to lay over the valid site: text, or the bytes of a picture; null leaves a file out. */
export type SiteChanges = Record<string, string | Buffer | null>;

/** Writes the valid site with `changes` applied into a new temporary folder. */
export function writeSite(changes: SiteChanges = {}): string {
  const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-content-'));
  for (const [file, text] of Object.entries({ ...validSite, ...changes })) {
    if (text === null) continue;
    fs.mkdirSync(path.dirname(path.join(projectDir, file)), { recursive: true });
    fs.writeFileSync(path.join(projectDir, file), text);
  }
  return projectDir;
}

/** Checks the valid site with `changes` applied. */
export function checkSite(changes: SiteChanges = {}) {
  const projectDir = writeSite(changes);
  const result = checkContent({ projectDir, includeDrafts: false });
  fs.rmSync(projectDir, { recursive: true, force: true });
  return result;
}

/** The goals page's front matter: a test appends the body it checks. */
export const goalsHeader = validSite['content/pages/goals.de.md']!.replace('## Unsere Ziele\n', '');
// The front matter of goals.de.md has 7 lines: body line n is file line n + 7.
export const withBody = (body: string) => ({ 'content/pages/goals.de.md': goalsHeader + body });
