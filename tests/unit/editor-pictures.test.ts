import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UnsafePathError } from '@/lib/editor/paths';
import { pictureFile, pictureUses, safePictureName } from '@/lib/editor/picture-library';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-pictures-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the editor’s picture library', () => {
  it.each([
    ['Treffen in Riga.JPG', 'treffen-in-riga.jpg'],
    ['C:\\Bilder\\Übersicht 2022.png', 'uebersicht-2022.png'],
    ['../../logo.SVG', 'logo.svg'],
    ['bericht.pdf', undefined],
    ['bild.gif', undefined],
    ['.png', undefined],
  ])('names an upload %j as %j', (name, safe) => {
    expect(safePictureName(name)).toBe(safe);
  });

  it('writes only into content/images, and only pictures', () => {
    expect(pictureFile('riga.jpg')).toBe('content/images/riga.jpg');
    for (const name of ['../riga.jpg', 'a/b.png', 'riga.md', '..png', ''])
      expect(() => pictureFile(name), name).toThrow(UnsafePathError);
  });

  it('finds every use: image:NAME in a text and logo: in a partner’s front matter', () => {
    const write = (file: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
    };
    write(
      'content/pages/goals.de.md',
      '---\ntitle: Ziele\n---\n![Foto](image:riga.jpg) und <img src="image:karte.png" alt="Karte">\n',
    );
    write('content/pages/goals.en.md', '---\ntitle: Goals\n---\n![Photo](image:riga.jpg)\n');
    write('content/partners/riga.de.md', '---\nname: Riga\nlogo: "riga-logo.svg"\n---\n');
    const uses = pictureUses(root);
    expect(
      uses
        .get('riga.jpg')
        ?.map((use) => use.file)
        .sort(),
    ).toEqual(['content/pages/goals.de.md', 'content/pages/goals.en.md']);
    expect(uses.get('karte.png')).toEqual([{ file: 'content/pages/goals.de.md', folder: 'pages', key: 'goals' }]);
    expect(uses.get('riga-logo.svg')).toEqual([
      { file: 'content/partners/riga.de.md', folder: 'partners', key: 'riga' },
    ]);
  });
});
