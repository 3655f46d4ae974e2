import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';
import { checkEntry } from '@/lib/editor/check-entry';
import { changedTexts, loadEntry } from '@/lib/editor/entry';
import type { EntryForm } from '@/lib/editor/types';
import { goalsHeader, validSite, writeSite } from './site-fixture';

// The editor checks the whole site at every pause in typing, in one process: each check must report what a first one
// would, though the files it did not change are not read or rendered again.
const home = validSite['content/pages/home.de.md']!;
// The home page links the goals by address too, and has an open placeholder: a warning the saved files have already.
const root = writeSite({
  'content/pages/home.de.md': `${home}Die [Ziele als Adresse](/de/ziele). [PLATZHALTER: Gründungsjahr]\n`,
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** What the editor's check reports in other files than the goals page's after `change` to its form. */
function checkGoals(change: (form: EntryForm) => void) {
  const entry = loadEntry(root, { folder: 'pages', key: 'goals', isNew: false });
  const form = structuredClone(entry.form);
  change(form);
  const { issues } = checkEntry(root, entry, changedTexts(entry, form), 'de').result;
  return issues.filter((issue) => !issue.file.startsWith('content/pages/goals.'));
}
const homeHtml = (site: ReturnType<typeof checkContent>['site']) =>
  site?.pages.find((page) => page.key === 'home' && page.locale === 'de')?.html;

describe('the editor’s check, again and again in one process', () => {
  it('reports no problem of other files that the saved files have already', () => {
    expect(checkGoals((form) => (form.de.values.title = 'Unsere Ziele'))).toEqual([]);
  });

  it('reports the link of an unchanged page that a changed address breaks', () => {
    expect(checkGoals((form) => (form.de.values.slug = 'unsere-ziele'))).toMatchObject([
      { file: 'content/pages/home.de.md', severity: 'error', problem: expect.stringContaining('/de/ziele') },
    ]);
  });

  it('reports the links to a page turned into a draft, from pages that did not change', () => {
    const issues = checkGoals((form) => (form.de.values.draft = true));
    expect(issues.map((issue) => [issue.file, issue.problem])).toEqual([
      ['content/pages/home.de.md', expect.stringContaining('page:goals')],
      ['content/pages/home.en.md', expect.stringContaining('page:goals')],
    ]);
  });

  it('leads the links of an unchanged page to the new address, and back when the change is undone', () => {
    const homeLinks = (goals?: string) => {
      const overrides = { 'content/pages/home.de.md': home, ...(goals && { 'content/pages/goals.de.md': goals }) };
      return homeHtml(checkContent({ projectDir: root, overrides }).site);
    };
    const goals = validSite['content/pages/goals.de.md']!;
    expect(homeLinks(goals.replace('slug: ziele', 'slug: unsere-ziele'))).toContain('href="/de/unsere-ziele"');
    expect(homeLinks()).toContain('href="/de/ziele"');
  });

  it('reports a problem of an unchanged text at its line, when the lines above it change', () => {
    const body = '## Unsere Ziele\n\nMehr [hier](page:home).\n';
    const at = (header: string) =>
      checkContent({ projectDir: root, overrides: { 'content/pages/goals.de.md': header + body } })
        .issues.filter((issue) => issue.file === 'content/pages/goals.de.md')
        .map((issue) => [issue.code, issue.line]);
    expect(at(goalsHeader)).toEqual([['link_text_meaningless', 10]]);
    expect(at(goalsHeader.replace('order: 2\n', 'order: 2\nupdated: 2024-01-01\n'))).toEqual([
      ['link_text_meaningless', 11],
    ]);
    expect(at(goalsHeader)).toEqual([['link_text_meaningless', 10]]);
  });

  it('shows a picture as its file is now, though the text naming it is unchanged', async () => {
    const goals = { 'content/pages/goals.de.md': `${goalsHeader}![Gruppenfoto in Riga](image:riga.png)\n` };
    const picture = path.join(root, 'content/images/riga.png');
    fs.mkdirSync(path.dirname(picture), { recursive: true });
    const goalsHtml = async (width: number) => {
      const background = '#336699';
      fs.writeFileSync(
        picture,
        await sharp({ create: { width, height: 200, channels: 3, background } })
          .png()
          .toBuffer(),
      );
      const { site } = checkContent({ projectDir: root, overrides: goals });
      return site?.pages.find((page) => page.key === 'goals' && page.locale === 'de')?.html;
    };
    expect(await goalsHtml(300)).toContain('width="300"');
    expect(await goalsHtml(400)).toContain('width="400"');
    fs.rmSync(picture);
  });
});
