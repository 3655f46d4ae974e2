import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitSave, listVersions, readVersion, restoreVersion, UnknownVersionError } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { gitIn, page, removeRepositories, repositoryWith, writeFiles } from './git-repository';

const goals = ['content/pages/goals.de.md', 'content/pages/goals.en.md'];
const riga = 'content/partners/riga.de.md';
const texts = {
  first: page('Ziele', 'Die Städte lernen voneinander.', 'menuTitle: Ziele\n'),
  second: page('Ziele', 'Die Städte lernen viel voneinander.', 'menuTitle: Ziele\n'),
  english: page('Goals', 'Cities learn from each other.', 'menuTitle: Goals\n'),
};
const anna = { name: 'Anna' };
let root: string;
const ids: Record<'first' | 'second' | 'riga' | 'english', string> = { first: '', second: '', riga: '', english: '' };

/** Saves `files` as a person would: write, then commit. */
async function save(files: Record<string, string>, message: string, author = anna): Promise<string> {
  writeFiles(root, files);
  return (await commitSave(root, { files: Object.keys(files), author, message }))!;
}

beforeAll(async () => {
  root = repositoryWith({ [goals[0]]: texts.first, [riga]: '---\ncity: Riga\n---\n' });
  ids.first = gitIn(root, 'rev-parse', 'HEAD').trim();
  ids.second = await save(
    { [goals[0]]: texts.second },
    'Ziele (de): Text geändert\n\nEin Wort ergänzt.\nZweite Zeile.',
  );
  ids.riga = await save({ [riga]: '---\ncity: Rīga\n---\n' }, 'Partner Riga (de): Stadt geändert');
  ids.english = await save({ [goals[1]]: texts.english }, 'Ziele (en): Fassung en angelegt', { name: 'Ben' });
});

afterAll(removeRepositories);

describe("an entry's history", () => {
  it('lists every commit that touched its files, newest first, with date, author, subject and note', async () => {
    const versions = await listVersions(root, goals);
    expect(versions.map((version) => version.id)).toEqual([ids.english, ids.second, ids.first]);
    expect(versions.map((version) => version.author)).toEqual(['Ben', 'Anna', 'Fixture']);
    expect(versions[1]).toMatchObject({
      subject: 'Ziele (de): Text geändert',
      note: 'Ein Wort ergänzt.\nZweite Zeile.',
    });
    expect(versions[0].note).toBe('');
    for (const { date } of versions) expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(60_000);
  });

  it("reads a file as it was at one of the entry's versions, null where it did not exist", async () => {
    expect(await readVersion(root, goals, ids.first, goals[0])).toBe(texts.first);
    expect(await readVersion(root, goals, ids.second, goals[0])).toBe(texts.second);
    expect(await readVersion(root, goals, ids.second, goals[1])).toBeNull();
    expect(await readVersion(root, goals, ids.english, goals[1])).toBe(texts.english);
  });

  it("refuses another entry's version, an id that is not a full commit id, and a file outside the entry", async () => {
    const refusals: [string, string, UnknownVersionError['reason']][] = [
      [ids.riga, goals[0], 'not_in_history'],
      ['0123456789abcdef0123456789abcdef01234567', goals[0], 'not_in_history'],
      ['HEAD', goals[0], 'malformed_id'],
      [ids.second.slice(0, 12), goals[0], 'malformed_id'],
      [ids.second.toUpperCase(), goals[0], 'malformed_id'],
      [`${ids.second}\n`, goals[0], 'malformed_id'],
      ['--output=/tmp/epi-history-leak', goals[0], 'malformed_id'],
      [ids.second, riga, 'not_entry_file'],
      [ids.second, `${goals[0]}/../../partners/riga.de.md`, 'not_entry_file'],
      [ids.second, '../../etc/passwd', 'not_entry_file'],
    ];
    for (const [commit, file, reason] of refusals) {
      const read = readVersion(root, goals, commit, file);
      await expect(read, `${commit} ${file}`).rejects.toThrow(UnknownVersionError);
      await expect(read).rejects.toMatchObject({ reason });
    }
    await expect(listVersions(root, ['content/../.git/config'])).rejects.toThrow(UnsafePathError);
  });
});

describe('restoring a version', () => {
  it('writes every file as it was, deletes what did not exist, and can itself be undone', async () => {
    const restored = (await restoreVersion(root, goals, ids.first, anna, 'Zurück zum Anfang'))!;
    expect(fs.readFileSync(path.join(root, goals[0]), 'utf8')).toBe(texts.first);
    expect(fs.existsSync(path.join(root, goals[1]))).toBe(false);
    const [latest] = await listVersions(root, goals);
    expect(latest).toMatchObject({ id: restored, author: 'Anna', note: 'Zurück zum Anfang' });
    expect(latest.subject).toMatch(/^Ziele: Fassung vom \d{1,2}\. \p{L}+ \d{4} um \d\d:\d\d wiederhergestellt$/u);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');

    const back = (await restoreVersion(root, goals, ids.english, anna))!;
    expect(fs.readFileSync(path.join(root, goals[0]), 'utf8')).toBe(texts.second);
    expect(fs.readFileSync(path.join(root, goals[1]), 'utf8')).toBe(texts.english);
    expect((await listVersions(root, goals)).map((version) => version.id).slice(0, 3)).toEqual([
      back,
      restored,
      ids.english,
    ]);
    expect(await restoreVersion(root, goals, back, anna)).toBeNull();
  });

  it("refuses another entry's version and changes nothing", async () => {
    const head = gitIn(root, 'rev-parse', 'HEAD');
    await expect(restoreVersion(root, goals, ids.riga, anna)).rejects.toThrow(UnknownVersionError);
    expect(gitIn(root, 'rev-parse', 'HEAD')).toBe(head);
    expect(fs.readFileSync(path.join(root, goals[0]), 'utf8')).toBe(texts.second);
  });

  it('brings back a document byte for byte', async () => {
    const files = ['content/materials/report.de.md', 'public/materials/report.pdf'];
    const old = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xff, 0x00, 0x0d, 0x0a]);
    writeFiles(root, { [files[0]]: '---\ntitle: Bericht\n---\n', [files[1]]: old });
    const first = (await commitSave(root, { files, author: anna, message: 'Neues Material: Bericht' }))!;
    await save({ [files[1]]: '%PDF-new' }, 'Material Bericht (de): Datei geändert');
    await restoreVersion(root, files, first, anna);
    expect(new Uint8Array(fs.readFileSync(path.join(root, files[1])))).toEqual(old);
    expect((await listVersions(root, files))[0].subject).toMatch(/^Material Bericht: Fassung vom /);
  });
});
