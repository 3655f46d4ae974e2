import { describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content';
import { checkSite, validSite } from './site-fixture';

const goals = validSite['content/pages/goals.de.md']!;

function errorsOf(changes: Record<string, string | null>) {
  return checkSite(changes).issues.filter((issue) => issue.severity === 'error');
}

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    const { site, issues } = checkSite();
    expect(issues).toEqual([]);
    expect(site?.pages.map((page) => page.path).sort()).toEqual(['/de', '/de/ziele', '/en', '/en/goals']);
  });

  it('names a missing required field, its file and an example', () => {
    const [issue, ...rest] = errorsOf({ 'content/pages/goals.de.md': goals.replace('title: Ziele\n', '') });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'content/pages/goals.de.md', field: 'title', code: 'missing_field' });
    expect(formatIssue(issue, 'de')).toBe(
      'content/pages/goals.de.md:1  Das Pflichtfeld „title“ fehlt.  →  Ergänzen Sie im Kopfbereich eine Zeile wie: title: Ziele des Projekts',
    );
    expect(formatIssue(issue, 'en')).toContain('The required field “title” is missing.');
  });

  it('flags an unknown field with its line and the allowed fields', () => {
    const [issue] = errorsOf({ 'content/pages/goals.de.md': goals.replace('order: 2', 'order: 2\ncolour: blue') });
    expect(issue).toMatchObject({ line: 4, field: 'colour', code: 'unknown_field' });
    expect(formatIssue(issue)).toContain('Das Feld „colour“ gibt es hier nicht.');
    expect(formatIssue(issue)).toContain('Erlaubt sind: template, menu, order');
  });

  it('flags a wrong type', () => {
    const [issue] = errorsOf({ 'content/pages/goals.de.md': goals.replace('order: 2', 'order: zwei') });
    expect(issue).toMatchObject({ line: 3, field: 'order', code: 'wrong_type' });
    expect(formatIssue(issue)).toBe(
      'content/pages/goals.de.md:3  Im Feld „order“ wird eine Zahl erwartet.  →  Schreiben Sie z. B.: order: 2',
    );
  });

  it('rejects an impossible date instead of rolling it over', () => {
    const [issue] = errorsOf({
      'content/pages/goals.de.md': goals.replace('order: 2', 'order: 2\nupdated: 2021-02-30'),
    });
    expect(issue).toMatchObject({ field: 'updated', code: 'bad_date', params: { value: '2021-02-30' } });
    expect(formatIssue(issue)).toContain('„2021-02-30“ im Feld „updated“ ist kein gültiges Datum.');
  });

  it('rejects a choice that does not exist', () => {
    const [issue] = errorsOf({ 'content/pages/goals.de.md': goals.replace('menu: header', 'menu: top') });
    expect(formatIssue(issue)).toContain('Wählen Sie einen dieser Werte: header, footer, none.');
  });

  it('rejects a language-independent field in the English file', () => {
    const english = validSite['content/pages/goals.en.md']!.replace('title: Goals', 'title: Goals\norder: 3');
    const [issue] = errorsOf({ 'content/pages/goals.en.md': english });
    expect(issue).toMatchObject({
      file: 'content/pages/goals.en.md',
      line: 3,
      field: 'order',
      code: 'shared_field_in_translation',
    });
    expect(formatIssue(issue, 'en')).toContain('belongs in content/pages/goals.de.md only');
  });

  it('rejects a slug used twice in one language', () => {
    const duplicate = goals.replace('title: Ziele', 'title: Ziele zwei');
    const [issue] = errorsOf({ 'content/pages/goals2.de.md': duplicate });
    expect(issue).toMatchObject({ line: 5, code: 'duplicate_slug', params: { value: 'ziele' } });
  });

  it('allows one slug in both languages and rejects it twice in English', () => {
    const english = validSite['content/pages/goals.en.md']!;
    expect(errorsOf({ 'content/pages/goals.en.md': english.replace('slug: goals', 'slug: ziele') })).toEqual([]);
    const [issue, ...rest] = errorsOf({
      'content/pages/goals2.en.md': english.replace('title: Goals', 'title: Goals two'),
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      file: 'content/pages/goals2.en.md',
      code: 'duplicate_slug',
      params: { value: 'goals' },
    });
  });

  it('rejects a slug that is not URL-safe', () => {
    const [issue] = errorsOf({ 'content/pages/goals.de.md': goals.replace('slug: ziele', 'slug: Über uns') });
    expect(issue).toMatchObject({ field: 'slug', code: 'bad_slug' });
  });

  it('rejects a description outside 50 to 160 characters', () => {
    const [issue] = errorsOf({
      'content/pages/goals.de.md': goals.replace(/description: .*/, 'description: Zu kurz.'),
    });
    expect(formatIssue(issue)).toContain('ist zu kurz (8 Zeichen, mindestens 50)');
  });

  it('reports a YAML syntax error with its line', () => {
    const [issue] = errorsOf({ 'content/pages/goals.de.md': goals.replace('title: Ziele', 'title: "Ziele') });
    expect(issue).toMatchObject({ code: 'yaml_syntax', file: 'content/pages/goals.de.md' });
    expect(issue.line).toBeGreaterThan(1);
  });

  it('rejects a material whose file does not exist', () => {
    const material = `---\nfile: fehlt.pdf\nlanguage: de\ndate: 2022-06-30\ntitle: Bericht\n---\n`;
    const [issue] = errorsOf({ 'content/materials/bericht.de.md': material });
    expect(formatIssue(issue)).toBe(
      'content/materials/bericht.de.md:2  Die Datei public/materials/fehlt.pdf aus dem Feld „file“ gibt es nicht.  →  Legen Sie die Datei unter public/materials/fehlt.pdf ab oder korrigieren Sie den Dateinamen.',
    );
  });

  it('accepts a material whose file exists and measures it', () => {
    const material = `---\nfile: bericht.pdf\nlanguage: de\ndate: 2022-06-30\ntitle: Bericht\n---\n`;
    const { site, issues } = checkSite({
      'content/materials/bericht.de.md': material,
      'public/materials/bericht.pdf': 'x'.repeat(2048),
    });
    expect(issues).toEqual([]);
    expect(site?.materials[0]).toMatchObject({ key: 'bericht', bytes: 2048 });
  });

  it('rejects a reference to a partner that does not exist', () => {
    const contact = validSite['content/contacts/person.de.md']!.replace(
      'organisation: pro-arbeit',
      'organisation: pro-arbiet',
    );
    const [issue] = errorsOf({ 'content/contacts/person.de.md': contact });
    expect(issue).toMatchObject({
      line: 3,
      code: 'unknown_partner',
      params: { value: 'pro-arbiet', known: 'pro-arbeit' },
    });
  });

  it('rejects a phone number with (0) and a broken e-mail address', () => {
    const contact = validSite['content/contacts/person.de.md']!.replace(
      '"+49 6074 8058-000"',
      '"+49 (0)6074 8058-000"',
    ).replace('e.mustermann@example.org', 'e.mustermann(at)example.org');
    expect(errorsOf({ 'content/contacts/person.de.md': contact }).map((issue) => issue.code)).toEqual([
      'bad_phone',
      'bad_email',
    ]);
  });
});
