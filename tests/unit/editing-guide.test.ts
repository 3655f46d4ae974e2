import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scaffoldFiles } from '@/lib/content/scaffold';

/** The shell commands of one section of the staff guide, in their order (comments and blank lines left out). */
function guideCommands(heading: string): string[] {
  const guide = fs.readFileSync('docs/editing.md', 'utf8');
  const start = guide.indexOf(`\n${heading}\n`);
  const end = guide.indexOf('\n#', start + heading.length + 2);
  const section = guide.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap(([, block]) =>
    block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#')),
  );
}

const person = {
  GIT_AUTHOR_NAME: 'Presse',
  GIT_AUTHOR_EMAIL: 'presse@example.org',
  GIT_COMMITTER_NAME: 'Presse',
  GIT_COMMITTER_EMAIL: 'presse@example.org',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...person } });
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => fs.rmSync(folder, { recursive: true, force: true })));

/** A shared repository holding the project's content (and its documents, if `withMaterials`), and a fresh clone of it. */
function freshCopy(withMaterials: boolean): { clone: string; shared: string } {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-guide-'));
  folders.push(base);
  const [shared, start, clone] = ['shared.git', 'start', 'clone'].map((name) => path.join(base, name));
  fs.cpSync('content', path.join(start, 'content'), { recursive: true });
  if (withMaterials) fs.mkdirSync(path.join(start, 'public/materials'), { recursive: true });
  if (withMaterials) fs.writeFileSync(path.join(start, 'public/materials/bericht.pdf'), '%PDF-1.4\n');
  git(base, 'init', '-q', '--bare', shared);
  git(start, 'init', '-q');
  git(start, 'add', '--all');
  git(start, 'commit', '-qm', 'content');
  git(start, 'push', '-q', shared, 'HEAD:refs/heads/main');
  git(base, 'clone', '-q', '--branch', 'main', shared, clone);
  return { clone, shared };
}

describe('the staff guide’s steps to hand in a change (docs/editing.md, “Veröffentlichen ohne Editor”)', () => {
  const commands = guideCommands('### Veröffentlichen ohne Editor');

  it('are there: review, stage, commit and push', () => {
    expect(commands.map((command) => command.split(' ').slice(0, 2).join(' '))).toEqual(
      expect.arrayContaining(['git add', 'git commit', 'git push']),
    );
  });

  it.each([
    ['without materials', false],
    ['with materials', true],
  ])(
    'run as written on a fresh copy %s, show the new files before the commit and hand them in',
    (_name, withMaterials) => {
      const { clone, shared } = freshCopy(withMaterials);
      const added = Object.entries(scaffoldFiles('page', 'pressemitteilungen'));
      if (withMaterials) added.push(['public/materials/pressemappe.pdf', '%PDF-1.4\n']);
      for (const [file, text] of added) {
        fs.mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
        fs.writeFileSync(path.join(clone, file), text);
      }
      const shown: string[] = [];
      for (const command of commands) {
        const output = execFileSync('sh', ['-c', command], {
          cwd: clone,
          encoding: 'utf8',
          env: { ...process.env, ...person },
        });
        if (command.startsWith('git diff')) shown.push(output);
      }
      const files = added.map(([file]) => file).sort();
      // The changes a person reviews before committing name every new file.
      for (const file of files) expect(shown.join('\n')).toContain(file);
      expect(git(clone, 'status', '--porcelain')).toBe('');
      expect(git(shared, 'show', '--name-only', '--format=', 'main').trim().split('\n').sort()).toEqual(files);
    },
  );
});
