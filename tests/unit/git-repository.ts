import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const made: string[] = [];

/** A fresh git repository in the temporary folder with `files` in its first commit; with a configured user or not. */
export function repositoryWith(files: Record<string, string>, { user = false } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-history-'));
  made.push(root);
  gitIn(root, 'init', '-q');
  if (user) {
    gitIn(root, 'config', 'user.name', 'Repository User');
    gitIn(root, 'config', 'user.email', 'repository-user@example.org');
  }
  writeFiles(root, files);
  gitIn(root, 'add', '-A');
  gitIn(root, '-c', 'user.name=Fixture', '-c', 'user.email=fixture@example.org', 'commit', '-qm', 'first content');
  return root;
}

/** Removes every repository this file made (for afterAll). */
export function removeRepositories(): void {
  for (const root of made.splice(0)) fs.rmSync(root, { recursive: true, force: true });
}

export function writeFiles(root: string, files: Record<string, string | Uint8Array>): void {
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), content);
  }
}

/** git as a person at a terminal runs it, without the history module's settings. */
export function gitIn(root: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' },
  });
}

/** A page's file as staff write it. */
export function page(title: string, body: string, extra = ''): string {
  return `---\ntemplate: page\nmenu: none\ntitle: ${title}\n${extra}description: Eine Seite zum Testen der Versionsgeschichte, lang genug für die Prüfung.\n---\n\n${body}\n`;
}
