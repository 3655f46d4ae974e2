import { describe, expect, it } from 'vitest';
import { commitMessage, entryChange, entryName, restoreMessage } from '@/lib/editor/history';
import de from '@/messages/de.json';
import { page } from './git-repository';

const goals = { de: 'content/pages/goals.de.md', en: 'content/pages/goals.en.md' };
const goalsDe = page('Ziele des Projekts', 'Der Text.', 'menuTitle: Ziele\n');
const goalsEn = page('Goals of the project', 'The text.', 'menuTitle: Goals\n');
const labels = de.Editor.fields.pages;

/** The message of a save from the files' texts before and after it. */
const messageOf = (before: Record<string, string | null>, after: Record<string, string | null>, note?: string) =>
  commitMessage(entryChange(before, after), note);

describe('the commit message of a save', () => {
  it('names the entry, the languages and what changed, with the labels of the form', () => {
    const before = { [goals.de]: goalsDe, [goals.en]: goalsEn };
    expect(messageOf(before, { [goals.de]: goalsDe.replace('Der Text.', 'Neuer Text.') })).toBe(
      'Ziele (de): Text geändert',
    );
    const retitled = {
      [goals.de]: goalsDe.replace('title: Ziele des', 'title: Die Ziele des').replace('Eine Seite', 'Die Seite'),
      [goals.en]: goalsEn.replace('title: Goals', 'title: The goals'),
    };
    expect(messageOf(before, retitled)).toBe(`Ziele (de, en): ${labels.title}, ${labels.description} geändert`);
  });

  it('tells a new entry, a deleted one, a new language version and a change of notation alone', () => {
    const press = { de: 'content/pages/press.de.md', en: 'content/pages/press.en.md' };
    const pressDe = page('Pressemitteilungen', 'Text', 'menuTitle: Presse\n');
    expect(messageOf({ [press.de]: null, [press.en]: null }, { [press.de]: pressDe, [press.en]: goalsEn })).toBe(
      'Neue Seite: Presse',
    );
    const riga = 'content/partners/riga.de.md';
    const rigaText = '---\nname: Rīgas Domes departaments\nkind: city\ncountry: LV\ncity: Riga\n---\n';
    expect(messageOf({ [riga]: rigaText }, { [riga]: null })).toBe('Partner Riga (de): gelöscht');
    const retitled = goalsDe.replace('title: Ziele des', 'title: Die Ziele des');
    expect(messageOf({ [goals.de]: goalsDe, [goals.en]: null }, { [goals.de]: retitled, [goals.en]: goalsEn })).toBe(
      `Ziele (de, en): ${labels.title} geändert; Fassung en angelegt`,
    );
    expect(messageOf({ [goals.de]: goalsDe }, { [goals.de]: goalsDe.replace('menu: none', "menu: 'none'") })).toBe(
      'Ziele (de): Schreibweise geändert',
    );
  });

  it('puts the note on its own lines after a blank line, without control characters', () => {
    const note = '  Tippfehler behoben.\r\nSiehe Mail vom Montag.\u0007\u001e  ';
    expect(messageOf({ [goals.de]: goalsDe }, { [goals.de]: goalsDe.replace('Der', 'Dieser') }, note)).toBe(
      'Ziele (de): Text geändert\n\nTippfehler behoben.\nSiehe Mail vom Montag.',
    );
    expect(messageOf({ [goals.de]: goalsDe }, { [goals.de]: null }, ' \n ')).toBe('Ziele (de): gelöscht');
  });

  it('names a restored version by its date on the clock in Germany', () => {
    expect(restoreMessage({ folder: 'pages', name: 'Ziele' }, '2026-12-03T13:05:00Z', 'Zurück')).toBe(
      'Ziele: Fassung vom 3. Dezember 2026 um 14:05 wiederhergestellt\n\nZurück',
    );
    expect(restoreMessage({ folder: 'contacts', name: 'Anna B.' }, '2026-07-01T23:30:00+00:00')).toBe(
      'Ansprechperson Anna B.: Fassung vom 2. Juli 2026 um 01:30 wiederhergestellt',
    );
  });
});

describe('the name of an entry in its history', () => {
  it('is the name staff know it by, from the German file first, else its key', () => {
    const contact = { 'content/contacts/boecker.de.md': '---\nname: Bernadette Böcker\norder: 1\n---\n' };
    expect(entryName(contact)).toEqual({ folder: 'contacts', name: 'Bernadette Böcker' });
    const material = {
      'content/materials/report.en.md': '---\ntitle: Final report\n---\n',
      'content/materials/report.de.md': '---\ntitle: Abschlussbericht\n---\n',
      'public/materials/report.pdf': '%PDF-',
    };
    expect(entryName(material)).toEqual({ folder: 'materials', name: 'Abschlussbericht' });
    expect(entryName({ 'content/project/epi.de.md': '---\nshortName: EPI\n---\n' }).name).toBe('EPI');
    expect(entryName({ 'content/pages/empty.de.md': 'no: [front matter' })).toEqual({ folder: 'pages', name: 'empty' });
    expect(() => entryName({ 'public/materials/report.pdf': '%PDF-' })).toThrow();
  });
});
