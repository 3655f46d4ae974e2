import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitSave, InvalidAuthorError } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { gitIn, page, removeRepositories, repositoryWith, writeFiles } from './git-repository';

const goals = { de: 'content/pages/goals.de.md', en: 'content/pages/goals.en.md' };
const anna = { name: 'Anna Müller' };

afterAll(removeRepositories);

/** The files a commit changed, with their status letter (A, M, D). */
const filesOf = (root: string, commit: string) =>
  gitIn(root, 'show', '--name-status', '--no-renames', '--format=', commit).trim().split('\n').sort();

describe('committing a save', () => {
  it('commits exactly the saved files, by the signed-in account, in a repository without a configured user', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt'), [goals.en]: page('Goals', 'Old') });
    writeFiles(root, { [goals.de]: page('Ziele', 'Neu'), [goals.en]: page('Goals', 'New') });
    const id = await commitSave(root, { files: [goals.de], author: anna, message: 'Ziele (de): Text geändert' });
    expect(id).toMatch(/^[0-9a-f]{40}$/);
    expect(gitIn(root, 'rev-parse', 'HEAD').trim()).toBe(id);
    expect(gitIn(root, 'log', '-1', '--format=%an <%ae>|%cn|%B').trim()).toBe(
      'Anna Müller <anna-muller@editor.invalid>|Anna Müller|Ziele (de): Text geändert',
    );
    expect(filesOf(root, id!)).toEqual([`M\t${goals.de}`]);
    // The English file was changed too, but not saved through this commit: it stays a change in the working tree.
    expect(gitIn(root, 'status', '--porcelain')).toBe(` M ${goals.en}\n`);
  });

  it('commits new and deleted files, a document byte for byte, and leaves what someone else staged alone', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt'), 'content/pages/old.de.md': page('Alt', 'Weg') });
    writeFiles(root, { 'content/pages/other.de.md': page('Andere', 'Gestaged') });
    gitIn(root, 'add', 'content/pages/other.de.md');
    const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a, 0x0d, 0x80]);
    writeFiles(root, { 'public/materials/bericht.pdf': pdf, 'content/materials/bericht.de.md': page('B', 'b') });
    fs.rmSync(path.join(root, 'content/pages/old.de.md'));
    const files = ['content/materials/bericht.de.md', 'public/materials/bericht.pdf', 'content/pages/old.de.md'];
    const id = await commitSave(root, { files, author: anna, message: 'Neues Material: B' });
    expect(filesOf(root, id!)).toEqual([
      'A\tcontent/materials/bericht.de.md',
      'A\tpublic/materials/bericht.pdf',
      'D\tcontent/pages/old.de.md',
    ]);
    const committed = gitIn(root, 'cat-file', '-s', `${id}:public/materials/bericht.pdf`).trim();
    expect(Number(committed)).toBe(pdf.length);
    expect(gitIn(root, 'status', '--porcelain')).toBe('A  content/pages/other.de.md\n');
  });

  it('is not stopped by hooks, commit signing or a configured user of the repository', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt') }, { user: true });
    gitIn(root, 'config', 'commit.gpgsign', 'true');
    gitIn(root, 'config', 'user.signingkey', 'NO-SUCH-KEY');
    for (const hook of ['pre-commit', 'commit-msg', 'prepare-commit-msg'])
      fs.writeFileSync(path.join(root, '.git/hooks', hook), '#!/bin/sh\nexit 1\n', { mode: 0o755 });
    writeFiles(root, { [goals.de]: page('Ziele', 'Neu') });
    const id = await commitSave(root, {
      files: [goals.de],
      author: { name: 'Ben', email: 'ben@example.org' },
      message: 'm',
    });
    expect(gitIn(root, 'log', '-1', '--format=%an <%ae>', id!).trim()).toBe('Ben <ben@example.org>');
  });

  it('makes ten commits from ten saves at once, each with its own file', async () => {
    const keys = Array.from({ length: 10 }, (_, index) => `content/pages/page-${index}.de.md`);
    const root = repositoryWith(Object.fromEntries(keys.map((file) => [file, page('Seite', 'Alt')])));
    writeFiles(root, Object.fromEntries(keys.map((file) => [file, page('Seite', `Neu ${file}`)])));
    const ids = await Promise.all(
      keys.map((file) => commitSave(root, { files: [file], author: anna, message: `Gespeichert: ${file}` })),
    );
    expect(new Set(ids).size).toBe(10);
    ids.forEach((id, index) => expect(filesOf(root, id!)).toEqual([`M\t${keys[index]}`]));
    expect(gitIn(root, 'rev-list', '--count', 'HEAD').trim()).toBe('11');
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
  });

  it('waits for a lock that another git process holds briefly', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt') });
    writeFiles(root, { [goals.de]: page('Ziele', 'Neu') });
    const lock = path.join(root, '.git/index.lock');
    fs.writeFileSync(lock, '');
    setTimeout(() => fs.rmSync(lock), 300);
    const id = await commitSave(root, { files: [goals.de], author: anna, message: 'm' });
    expect(filesOf(root, id!)).toEqual([`M\t${goals.de}`]);
  });

  it('makes no commit when the files are as committed, and refuses unsafe files and authors', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt') });
    const head = gitIn(root, 'rev-parse', 'HEAD');
    expect(await commitSave(root, { files: [goals.de], author: anna, message: 'm' })).toBeNull();
    for (const file of ['../outside.md', '.git/config', 'lib/editor/store.ts', '/etc/passwd'])
      await expect(commitSave(root, { files: [file], author: anna, message: 'm' })).rejects.toThrow(UnsafePathError);
    for (const name of ['', 'Eve <eve@example.org>', 'Eve\nSigned-off-by: Mallory'])
      await expect(commitSave(root, { files: [goals.de], author: { name }, message: 'm' })).rejects.toThrow(
        InvalidAuthorError,
      );
    expect(gitIn(root, 'rev-parse', 'HEAD')).toBe(head);
  });
});
