import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Locale } from '@/i18n/routing';
import { checkContent, formatIssue } from '@/lib/content';
import * as schemas from '@/lib/content/schemas';
import { checkEntry } from '@/lib/editor/check-entry';
import { changedTexts, loadEntry } from '@/lib/editor/entry';
import type { EntryForm } from '@/lib/editor/types';
import de from '@/messages/de.json';
import en from '@/messages/en.json';
import { writeSite } from './site-fixture';

const root = writeSite();
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The editor's check of an entry after `change` to its form, with messages in the UI language `lang`. */
function checkForm(folder: string, key: string, lang: Locale, change: (form: EntryForm) => void) {
  const entry = loadEntry(root, { folder, key, isNew: false });
  const form = structuredClone(entry.form);
  change(form);
  return checkEntry(root, entry, changedTexts(entry, form), lang).result.issues;
}

describe('messages in the editor', () => {
  it('name the field by its label in the UI language, with an example value and no file syntax', () => {
    const [issue, ...rest] = checkForm('contacts', 'person', 'de', (form) => {
      form.de.values.phone = '+49 (0)6074 8058-000';
    });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ locale: 'de', field: 'phone' });
    expect(issue.problem).toContain(`„${de.Editor.fields.contacts.phone}“`);
    expect(issue.fix.endsWith(`: ${schemas.contacts.sharedExamples.phone}`)).toBe(true);
    expect(issue.fix).not.toContain('phone:');
  });

  it.each([
    ['de', de],
    ['en', en],
  ] as const)('give the English column English examples, in the %s UI', (lang, messages) => {
    const issues = checkForm('pages', 'goals', lang, (form) => {
      form.en.values.slug = 'our goals';
      form.en.values.title = '';
    });
    const at = (field: string) => issues.find((issue) => issue.locale === 'en' && issue.field === field)!;
    expect(at('slug').problem).toContain(messages.Editor.fields.pages.slug);
    expect(at('slug').fix.endsWith(`: ${schemas.pages.examples.en.slug}`)).toBe(true);
    expect(at('title').problem).toContain(messages.Editor.fields.pages.title);
    expect(at('title').fix.endsWith(`: ${schemas.pages.examples.en.title}`)).toBe(true);
    for (const issue of issues) expect(issue.fix).not.toContain(String(schemas.pages.examples.de.slug));
  });
});

describe('messages of content:check', () => {
  it('name the field by its key and show the line to write, in the file’s language', () => {
    const goals = fs.readFileSync(`${root}/content/pages/goals.en.md`, 'utf8');
    const { issues } = checkContent({
      projectDir: root,
      overrides: { 'content/pages/goals.en.md': goals.replace('slug: goals', 'slug: our goals') },
    });
    expect(issues.map((issue) => formatIssue(issue, 'de'))).toEqual([
      `content/pages/goals.en.md:3  „our goals“ im Feld „slug“ taugt nicht als Teil einer Webadresse.  →  Nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche, keine Umlaute (ä → ae), z. B.: slug: ${schemas.pages.examples.en.slug}`,
    ]);
  });
});
