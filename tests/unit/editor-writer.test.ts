import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFile } from '@/lib/editor/front-matter-writer';
import { safeFileName, matchesType, freeName } from '@/lib/editor/uploads';

const order = ['template', 'menu', 'order', 'updated', 'draft', 'title', 'menuTitle', 'slug', 'description'];
const page = `---
template: page # Art der Seite
menu: [header, footer]
order: 2
title: Ziele # Hauptüberschrift
description: "Die Ziele: kurz gesagt"
---

## Text
`;

describe('saving front matter as a person would', () => {
  it('leaves a file without changes byte for byte as it was', () => {
    expect(writeFile(page, { fields: {}, order })).toBe(page);
    const crlf = page.replace(/\n/g, '\r\n');
    expect(writeFile(crlf, { fields: {}, order })).toBe(crlf);
  });

  it('leaves every content file of the project unchanged when nothing changed', () => {
    const files = fs
      .readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'));
    for (const file of files) {
      const text = fs.readFileSync(path.join('content', file), 'utf8');
      expect(writeFile(text, { fields: {}, order }), file).toBe(text);
    }
  });

  it('changes only the changed line, keeping comments, quotes and order', () => {
    const changed = writeFile(page, { fields: { title: 'Unsere Ziele: neu', description: 'Kurz gesagt' }, order });
    expect(changed).toBe(
      page
        .replace('title: Ziele #', 'title: "Unsere Ziele: neu" #')
        .replace('"Die Ziele: kurz gesagt"', '"Kurz gesagt"'),
    );
  });

  it('puts a new field where the schema has it, removes an emptied one and keeps list style', () => {
    const changed = writeFile(page, {
      fields: { slug: 'ziele', updated: '2026-01-02', order: undefined, menu: ['header'] },
      order,
      body: '\nNeu\n',
    });
    expect(changed).toBe(`---
template: page # Art der Seite
menu: [header]
updated: 2026-01-02
title: Ziele # Hauptüberschrift
slug: ziele
description: "Die Ziele: kurz gesagt"
---

Neu
`);
  });

  it('writes a list of long texts one item per line, and keeps that style when an item changes', () => {
    const goals = ['Erfassen, was die Städte bisher getan haben', 'Partnerschaften in Europa aufbauen'];
    const written = writeFile(null, { fields: { goals }, order: ['goals'] });
    expect(written).toBe(`---\ngoals:\n  - ${goals[0]}\n  - ${goals[1]}\n---\n`);
    expect(writeFile(written, { fields: { goals: [goals[0], 'Bewusstsein schaffen'] }, order: ['goals'] })).toBe(
      written.replace(goals[1], 'Bewusstsein schaffen'),
    );
  });

  it('quotes text that YAML would otherwise read as a number or a yes/no', () => {
    expect(writeFile(null, { fields: { title: '863614', menuTitle: 'true' }, order })).toBe(
      '---\ntitle: "863614"\nmenuTitle: "true"\n---\n',
    );
  });
});

describe('uploaded documents', () => {
  it('get names safe in every system and URL', () => {
    expect(safeFileName('Abschlussbericht März 2022.PDF')).toBe('abschlussbericht-maerz-2022.pdf');
    expect(safeFileName('../../etc/Évaluation finale.docx')).toBe('evaluation-finale.docx');
    expect(safeFileName('C:\\Users\\x\\Straße.odt')).toBe('strasse.odt');
  });

  it('are refused unless of an allowed type, checked by their first bytes', () => {
    expect(safeFileName('bild.svg')).toBeUndefined();
    expect(safeFileName('skript.pdf.exe')).toBeUndefined();
    expect(safeFileName('.pdf')).toBeUndefined();
    expect(matchesType('a.pdf', new TextEncoder().encode('%PDF-1.7'))).toBe(true);
    expect(matchesType('a.pdf', new TextEncoder().encode('<html>'))).toBe(false);
    expect(matchesType('a.docx', new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
  });

  it('never replace a document of the same name', () => {
    const taken = new Set(['bericht.pdf', 'bericht-2.pdf']);
    expect(freeName('bericht.pdf', (name) => taken.has(name))).toBe('bericht-3.pdf');
  });
});
