import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
  git(
    '-c',
    'user.name=Editor test',
    '-c',
    'user.email=editor-test@example.org',
    'commit',
    '-qm',
    'content as in the project',
  );
  return root;
}

export function gitIn(root: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: root, encoding: 'utf8' });
}
