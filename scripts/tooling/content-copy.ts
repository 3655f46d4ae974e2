import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { placeholderPattern } from '../../lib/content/placeholders';

/**
 * A copy of the project's content in a temporary git repository (for CONTENT_ROOT): tests edit, build and publish it,
 * never the real content/, and read their changes back with git.
 */
export function copyContent(projectDir: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-editor-'));
  for (const folder of ['content', 'public/materials']) {
    const source = path.join(projectDir, folder);
    if (fs.existsSync(source)) fs.cpSync(source, path.join(root, folder), { recursive: true });
  }
  fs.mkdirSync(path.join(root, 'public/materials'), { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  const author = ['-c', 'user.name=Editor test', '-c', 'user.email=editor-test@example.org'];
  git(...author, 'commit', '-qm', 'content as in the project');
  return root;
}

export function gitIn(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}

/** What a copy states for an open placeholder: a value of the kind its words ask for, as a publisher would fill it in. */
const filledIn: [RegExp, string][] = [
  [/Speicherdauer/, '14 Tage'],
  [/Datum/, '1. Dezember 2026'],
  [/Anschrift|Straße|Postleitzahl/, 'Musterstraße 1, 63128 Dietzenbach'],
  [/Telefon/, '[+49 6074 1234-0](tel:+49607412340)'],
  [/E-Mail|Postfach/, '[redaktion@example.org](mailto:redaktion@example.org)'],
];

/** Fills in every open placeholder of the copy's content, so that the release check lets it through. */
export function fillPlaceholders(root: string): void {
  for (const entry of fs.readdirSync(path.join(root, 'content'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = fs.readFileSync(file, 'utf8');
    const filled = text.replace(placeholderPattern, (placeholder) => {
      return filledIn.find(([asks]) => asks.test(placeholder))?.[1] ?? 'Beispielangabe';
    });
    fs.writeFileSync(file, filled);
  }
}
