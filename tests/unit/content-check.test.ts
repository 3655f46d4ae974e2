import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { checkContent, formatIssue, loadSite } from '@/lib/content';
import { examplesFor } from '@/lib/content/collection-spec';
import { scaffoldFiles, scaffoldKinds } from '@/lib/content/scaffold';
import { checkSite, legalPages, validSite, writeSite } from './site-fixture';

const goalsHeader = validSite['content/pages/goals.de.md']!.replace('## Unsere Ziele\n', '');
// The front matter of goals.de.md has 7 lines: body line n is file line n + 7.
const withBody = (body: string) => ({ 'content/pages/goals.de.md': goalsHeader + body });

function messages(changes: Record<string, string | null>, lang: 'de' | 'en' = 'de') {
  return checkSite(changes).issues.map((issue) => formatIssue(issue, lang));
}

describe('checks of what staff write in the Markdown', () => {
  const logo = { 'public/logo.svg': '<svg/>' };
  it.each<[string, Record<string, string>, 'de' | 'en', string[]]>([
    [
      'a level-1 heading in the body',
      withBody('# Ziele\n'),
      'de',
      [
        'content/pages/goals.de.md:8  Überschrift der Ebene 1 (#) im Text: Die Seite hat ihre Hauptüberschrift schon im Feld title.  →  Beginnen Sie Überschriften im Text mit ## (Ebene 2).',
      ],
    ],
    [
      'a skipped heading level',
      withBody('## Ziele\n\nText\n\n#### Details\n'),
      'de',
      [
        'content/pages/goals.de.md:12  Die Überschrift springt auf Ebene 4; erwartet wird höchstens Ebene 3.  →  Lassen Sie keine Ebene aus: nach ## folgt ###, nicht ####.',
      ],
    ],
    [
      'an image without alt text',
      { ...withBody('Text\n\n![](/logo.svg)\n'), ...logo },
      'de',
      [
        'content/pages/goals.de.md:10  Das Bild /logo.svg hat keinen Alternativtext.  →  Beschreiben Sie in den eckigen Klammern, was das Bild zeigt, z. B. ![Gruppenfoto der Projektpartner in Riga](/bilder/riga.jpg).',
      ],
    ],
    [
      'an image that does not exist',
      withBody('![Logo](/fehlt.svg)\n'),
      'de',
      [
        'content/pages/goals.de.md:8  Der Link /fehlt.svg führt ins Leere: Es gibt keine solche Seite oder Datei.  →  Verlinken Sie Seiten mit page:NAME, Dateien mit dem Pfad unter public/, z. B. /materials/bericht.pdf.',
      ],
    ],
    [
      'a link out of public/',
      withBody('[Paket](/../package.json)\n'),
      'en',
      [
        'content/pages/goals.de.md:8  The link /../package.json leads nowhere: there is no such page or file.  →  Link pages with page:NAME and files with their path under public/, e.g. /materials/report.pdf.',
      ],
    ],
    [
      'a link without text and a meaningless link text',
      withBody('[](https://example.org)\n\nMehr dazu [hier](page:home).\n'),
      'en',
      [
        'content/pages/goals.de.md:8  The link https://example.org has no text.  →  Write in the square brackets where the link leads, e.g. [Contact the project team](page:contact).',
        'content/pages/goals.de.md:10  The link text “hier” does not say where the link leads.  →  Name the destination in the link text, e.g. [Project goals](page:goals) instead of [here](page:goals).',
      ],
    ],
    [
      'a table without a header row',
      withBody('<table><tr><td>A</td><td>1</td></tr></table>\n'),
      'de',
      [
        'content/pages/goals.de.md:8  Die Tabelle hat keine Kopfzeile.  →  Geben Sie der Tabelle eine erste Zeile mit Spaltenüberschriften und darunter | --- | --- |.',
      ],
    ],
    [
      'a link to a page in another language, with its line',
      withBody('Siehe [Goals](/en/goals).\n'),
      'de',
      [
        'content/pages/goals.de.md:8  Der Link /en/goals führt auf eine Seite in einer anderen Sprache.  →  Verlinken Sie die Seite in derselben Sprache, am sichersten mit page:NAME, z. B. [Kontakt](page:contact).',
      ],
    ],
    [
      'nothing for links to pages and files in the same language',
      { ...withBody('[Start](/de), [Ziele](page:goals#unsere-ziele), [Logo](/logo.svg)\n'), ...logo },
      'de',
      [],
    ],
  ])('%s', (_name, changes, lang, expected) => {
    expect(messages(changes, lang)).toEqual(expected);
  });
});

describe('placeholders', () => {
  it('on a page the law requires are warnings with file and line, and do not fail the check', () => {
    const file = 'content/pages/imprint.de.md';
    const imprint = legalPages[file]!.replace('Erika Mustermann', '[PLATZHALTER: Name des Vorstands]');
    const { site, issues } = checkSite({ ...legalPages, [file]: imprint });
    expect(site).toBeDefined();
    expect(issues).toMatchObject([{ severity: 'warning', code: 'open_placeholder' }]);
    expect(formatIssue(issues[0]!)).toBe(
      'content/pages/imprint.de.md:10  Offener Platzhalter: [PLATZHALTER: Name des Vorstands]  →  Ersetzen Sie den Platzhalter durch die richtige Angabe, sobald sie bekannt ist.',
    );
  });

  it("stand in any page's text as a fact the publisher must supply, and fail the release check there too", () => {
    const overrides = withBody('Der RoOF ([PLATZHALTER: voller Name]) arbeitete mit.\n');
    expect(checkSite(overrides).issues.map((issue) => formatIssue(issue, 'en'))).toEqual([
      'content/pages/goals.de.md:8  Open placeholder: [PLATZHALTER: voller Name]  →  Replace the placeholder with the correct fact as soon as it is known.',
    ]);
    const projectDir = writeSite(overrides);
    const release = checkContent({ projectDir, release: true });
    fs.rmSync(projectDir, { recursive: true, force: true });
    expect(release.site).toBeUndefined();
    expect(release.issues).toMatchObject([{ severity: 'error', code: 'open_placeholder', line: 8 }]);
  });

  it('in a field are errors, also on a page the law requires: titles and descriptions leave the page', () => {
    const file = 'content/pages/privacy.de.md';
    const privacy = legalPages[file]!.replace('title: Datenschutz', 'title: "Datenschutz [PLATZHALTER: Titel]"');
    const partner = validSite['content/partners/pro-arbeit.de.md']!.replace(
      'city: Dietzenbach',
      'city: "[PLATZHALTER: Sitz]"',
    );
    const { issues } = checkSite({ ...legalPages, [file]: privacy, 'content/partners/pro-arbeit.de.md': partner });
    const errors = issues.filter((issue) => issue.severity === 'error');
    expect(errors).toMatchObject([
      { code: 'placeholder_in_field', file, line: 4, field: 'title' },
      { code: 'placeholder_in_field', file: 'content/partners/pro-arbeit.de.md', line: 6, field: 'city' },
    ]);
  });
});

describe('translation status', () => {
  function siteWithTimes(germanTime: number, englishTime: number) {
    const projectDir = writeSite();
    fs.utimesSync(path.join(projectDir, 'content/pages/goals.de.md'), germanTime, germanTime);
    fs.utimesSync(path.join(projectDir, 'content/pages/goals.en.md'), englishTime, englishTime);
    fs.writeFileSync(
      path.join(projectDir, 'content/pages/only-german.de.md'),
      goalsHeader.replace('slug: ziele', 'slug: nur-deutsch'),
    );
    const result = checkContent({ projectDir, includeDrafts: true, coverage: true });
    fs.rmSync(projectDir, { recursive: true, force: true });
    return result;
  }

  it('warns when the German file changed after the English one', () => {
    const { issues } = siteWithTimes(2_000_000, 1_000_000);
    expect(issues.map((issue) => formatIssue(issue, 'en'))).toEqual([
      'content/pages/goals.en.md:1  The English version may be out of date: content/pages/goals.de.md was changed later.  →  Compare the translation with content/pages/goals.de.md and save it.',
    ]);
  });

  it('stays quiet when the translation is newer, and counts coverage per language', () => {
    const { issues, coverage } = siteWithTimes(1_000_000, 2_000_000);
    expect(issues).toEqual([]);
    expect(coverage).toEqual({
      files: 10,
      pages: { de: 3, en: 2 },
      total: 3,
      untranslated: [{ file: 'content/pages/only-german.de.md', missing: ['en'] }],
    });
  });
});

describe('content:new scaffolding', () => {
  const kinds = [
    ['page', 'news'],
    ['partner', 'new-partner'],
    ['material', 'report'],
  ] as const;
  const document = { 'public/materials/epi-abschlussbericht.pdf': '%PDF-1.4' };
  // The body's example links to the contact page, which the smallest valid site does not have.
  const newFiles = (kind: (typeof kinds)[number][0], key: string, fill: (file: string, text: string) => string) =>
    Object.fromEntries(
      Object.entries(scaffoldFiles(kind, key)).map(([file, text]) => [
        file,
        fill(file, text.replace('(page:contact)', '(page:goals)')),
      ]),
    );

  it.each(kinds)(
    'the %s files have every field empty, and clash with nothing before they are filled in',
    (kind, key) => {
      const files = newFiles(kind, key, (_file, text) => text);
      for (const text of Object.values(files)) expect(text).toMatch(/^---\n(\w+: # .+\n)+---\n/);
      const errors = checkSite({ ...files, ...document }).issues.filter((issue) => issue.severity === 'error');
      expect(errors).not.toEqual([]);
      // Only the required fields of the new files are reported, each at its own line.
      for (const issue of errors) {
        expect(issue.code).toBe('missing_field');
        expect(files[issue.file].split('\n')[issue.line! - 1]).toMatch(new RegExp(`^${issue.field}: #`));
      }
    },
  );

  it.each(kinds)('the %s files pass the check once their required fields are filled in', (kind, key) => {
    const spec = scaffoldKinds[kind];
    const slugs = { de: { slug: 'neuigkeiten' }, en: { slug: 'news' } };
    const files = newFiles(kind, key, (file, text) => {
      const locale = file.endsWith('.de.md') ? 'de' : 'en';
      const values: Record<string, unknown> = { ...examplesFor(spec, locale), ...(kind === 'page' && slugs[locale]) };
      return text.replace(/^(\w+): #.*$/gm, (line, field: string) =>
        field in values ? `${field}: ${JSON.stringify(values[field])}` : line,
      );
    });
    expect(checkSite({ ...files, ...document }).issues).toEqual([]);
  });
});

describe('preview', () => {
  it('shows an edited file on the next load without a restart, from the folder CONTENT_ROOT names', () => {
    const projectDir = writeSite();
    process.env.CONTENT_ROOT = projectDir;
    try {
      expect(loadSite().pages.find((page) => page.path === '/de/ziele')?.title).toBe('Ziele');
      const goals = path.join(projectDir, 'content/pages/goals.de.md');
      fs.writeFileSync(goals, fs.readFileSync(goals, 'utf8').replace('title: Ziele', 'title: Neue Ziele'));
      fs.utimesSync(goals, new Date(), new Date(Date.now() + 5_000));
      expect(loadSite().pages.find((page) => page.path === '/de/ziele')?.title).toBe('Neue Ziele');
    } finally {
      delete process.env.CONTENT_ROOT;
      fs.rmSync(projectDir, { recursive: true, force: true });
    }
  });
});

describe('the loaded site', () => {
  it('is read once per process, also by a second copy of the module (Next bundles pages and images apart); another content root is read anew', async () => {
    const [first, second] = [writeSite(), writeSite()];
    process.env.CONTENT_ROOT = first;
    try {
      const site = loadSite();
      vi.resetModules();
      const copy = await import('@/lib/content');
      expect(copy.loadSite).not.toBe(loadSite);
      expect(copy.loadSite()).toBe(site);
      process.env.CONTENT_ROOT = second;
      expect(copy.loadSite()).not.toBe(site);
    } finally {
      delete process.env.CONTENT_ROOT;
      for (const dir of [first, second]) fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run content:new', () => {
  it('creates both files and refuses to overwrite them', () => {
    const projectDir = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-new-'));
    const script = path.resolve('scripts/content-new.ts');
    const tsx = import.meta.resolve('tsx');
    const run = () =>
      spawnSync(process.execPath, ['--import', tsx, script, 'page', 'news'], { cwd: projectDir, encoding: 'utf8' });
    expect(run().status).toBe(0);
    expect(fs.readdirSync(path.join(projectDir, 'content/pages')).sort()).toEqual(['news.de.md', 'news.en.md']);
    fs.writeFileSync(path.join(projectDir, 'content/pages/news.de.md'), 'mine');
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toContain('content/pages/news.de.md');
    expect(fs.readFileSync(path.join(projectDir, 'content/pages/news.de.md'), 'utf8')).toBe('mine');
    fs.rmSync(projectDir, { recursive: true, force: true });
  }, 30_000);
});
