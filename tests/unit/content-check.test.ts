import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssue } from '@/lib/content';
import { checkSite, legalPages, validSite, withBody, writeSite } from './site-fixture';

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
        'content/pages/goals.de.md:10  Das Bild /logo.svg hat keinen Alternativtext.  →  Beschreiben Sie in den eckigen Klammern, was das Bild zeigt, z. B. ![Gruppenfoto der Projektpartner in Riga](image:riga.jpg).',
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
