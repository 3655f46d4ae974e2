import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitSave, compareWithCurrent, entryHistory, UnknownVersionError, versionTexts } from '@/lib/editor/history';
import { UnsafePathError } from '@/lib/editor/paths';
import { gitIn, page, removeRepositories, repositoryWith, writeFiles } from './git-repository';

const goals = { de: 'content/pages/goals.de.md', en: 'content/pages/goals.en.md' };
const old = 'content/pages/old.de.md';
const texts = {
  first: page('Ziele', 'Die Städte lernen voneinander.', 'menuTitle: Ziele\n'),
  second: page('Ziele des Projekts', 'Die Städte lernen viel voneinander.', 'menuTitle: Ziele\n'),
};
let root: string;
const ids = { first: '', second: '', other: '', deleted: '' };

async function save(files: Record<string, string>, message: string): Promise<string> {
  writeFiles(root, files);
  return (await commitSave(root, { files: Object.keys(files), author: { name: 'anna' }, message }))!;
}

beforeAll(async () => {
  root = repositoryWith({ [goals.de]: texts.first, [old]: page('Früher', 'Weg', 'menuTitle: Früher\n') });
  ids.first = gitIn(root, 'rev-parse', 'HEAD').trim();
  ids.second = await save({ [goals.de]: texts.second, [goals.en]: page('Goals', 'Cities') }, 'Ziele: geändert');
  gitIn(root, 'rm', '-q', old);
  gitIn(root, '-c', 'user.name=ben', '-c', 'user.email=ben@example.org', 'commit', '-qm', 'Früher (de): gelöscht');
  ids.deleted = gitIn(root, 'rev-parse', 'HEAD').trim();
});

afterAll(removeRepositories);

describe("an entry's history page", () => {
  it('lists the versions newest first under the name the entry has now', async () => {
    const history = await entryHistory(root, 'pages', 'goals');
    expect(history).toMatchObject({ folder: 'pages', name: 'Ziele' });
    expect(history.versions.map((version) => version.id)).toEqual([ids.second, ids.first]);
  });

  it('names a deleted entry as it was before it was deleted, and lists the deletion', async () => {
    const history = await entryHistory(root, 'pages', 'old');
    expect(history.name).toBe('Früher');
    expect(history.versions.map((version) => [version.id, version.author])).toEqual([
      [ids.deleted, 'ben'],
      [ids.first, 'Fixture'],
    ]);
  });

  it('compares a version with the files now, language by language: fields side by side, the body word by word', async () => {
    const { version, languages } = await compareWithCurrent(root, 'pages', 'goals', ids.first);
    expect(version.id).toBe(ids.first);
    expect(languages.map((language) => [language.locale, language.existedThen, language.existsNow])).toEqual([
      ['de', true, true],
      ['en', false, true],
    ]);
    const title = languages[0].fields.find((field) => field.name === 'title');
    expect(title).toEqual({ name: 'title', old: 'Ziele', current: 'Ziele des Projekts', changed: true });
    expect(languages[0].fields.find((field) => field.name === 'menuTitle')?.changed).toBe(false);
    expect(languages[0].body.filter((part) => part.added).map((part) => part.value)).toEqual(['viel ']);
  });

  it("gives the preview the entry's files as they were, absent ones as null", async () => {
    expect(await versionTexts(root, 'pages', 'goals', ids.first)).toEqual({
      [goals.de]: texts.first,
      [goals.en]: null,
    });
  });

  it("refuses a version of another entry, a short id, and keys or folders that leave the entry's files", async () => {
    await expect(versionTexts(root, 'pages', 'goals', ids.deleted)).rejects.toThrow(UnknownVersionError);
    await expect(compareWithCurrent(root, 'pages', 'goals', ids.first.slice(0, 12))).rejects.toThrow(
      UnknownVersionError,
    );
    for (const [folder, key] of [
      ['pages', '../../.git/config'],
      ['pages', 'goals/../old'],
      ['..', 'goals'],
      ['pages', 'Goals'],
    ])
      await expect(entryHistory(root, folder, key)).rejects.toThrow(UnsafePathError);
    await expect(versionTexts(root, 'pages', '..%2Fold', ids.first)).rejects.toThrow(UnsafePathError);
  });
});
