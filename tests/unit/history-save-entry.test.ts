import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEntry } from '@/lib/editor/entry';
import { writeAndCommit, writeAndCommitUpload } from '@/lib/editor/history';
import { gitIn, page, removeRepositories, repositoryWith } from './git-repository';

const goals = { de: 'content/pages/goals.de.md', en: 'content/pages/goals.en.md' };
const anna = { name: 'anna' };
const pdf = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);

afterAll(removeRepositories);

const lastCommit = (root: string) => gitIn(root, 'log', '-1', '--format=%an|%B').trim();
const filesOf = (root: string) =>
  gitIn(root, 'show', '--name-status', '--no-renames', '--format=', 'HEAD').trim().split('\n').sort();
const goalsEntry = (root: string) => loadEntry(root, { folder: 'pages', key: 'goals', isNew: false });

describe('a save or delete from the editor', () => {
  it('is one commit by the account, saying what changed, with the note after a blank line', async () => {
    const root = repositoryWith({
      [goals.de]: page('Ziele', 'Alt', 'menuTitle: Ziele\n'),
      [goals.en]: page('Goals', 'Old'),
    });
    const written = { [goals.de]: page('Ziele', 'Neu', 'menuTitle: Ziele\n') };
    const id = await writeAndCommit(root, goalsEntry(root), written, anna, 'Tippfehler\nbehoben');
    expect(id).toBe(gitIn(root, 'rev-parse', 'HEAD').trim());
    expect(lastCommit(root)).toBe('anna|Ziele (de): Text geändert\n\nTippfehler\nbehoben');
    expect(filesOf(root)).toEqual([`M\t${goals.de}`]);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
  });

  it('has written the files before it returns, so that a second save of the entry sees them at once', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt') });
    const text = page('Ziele', 'Gleich geschrieben');
    const commit = writeAndCommit(root, goalsEntry(root), { [goals.de]: text }, anna);
    expect(fs.readFileSync(path.join(root, goals.de), 'utf8')).toBe(text);
    expect(goalsEntry(root).disk.de).toBe(text);
    await commit;
    expect(lastCommit(root)).toBe('anna|Ziele (de): Text geändert');
  });

  it('commits a deleted entry and its document as one version named by the entry', async () => {
    const material = 'content/materials/bericht.de.md';
    const document = 'public/materials/bericht.pdf';
    const root = repositoryWith({
      [material]: '---\ntitle: Abschlussbericht\nfile: bericht.pdf\n---\n',
      [document]: 'x',
    });
    const entry = loadEntry(root, { folder: 'materials', key: 'bericht', isNew: false });
    await writeAndCommit(root, entry, { [material]: null, [document]: null }, anna);
    expect(lastCommit(root)).toBe('anna|Material Abschlussbericht (de): gelöscht');
    expect(filesOf(root)).toEqual([`D\t${material}`, `D\t${document}`]);
    expect(fs.existsSync(path.join(root, material))).toBe(false);
  });

  it('commits an uploaded document byte for byte, named in the message', async () => {
    const root = repositoryWith({ [goals.de]: page('Ziele', 'Alt') });
    await writeAndCommitUpload(root, 'public/materials/bericht-2.pdf', pdf, anna);
    expect(lastCommit(root)).toBe('anna|Dokument bericht-2.pdf hochgeladen');
    const committed = execFileSync('git', ['show', 'HEAD:public/materials/bericht-2.pdf'], { cwd: root });
    expect(new Uint8Array(committed)).toEqual(pdf);
  });
});
