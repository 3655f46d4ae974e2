import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '@/lib/content';
import { logoSvg } from '../pictures/fixture-content';
import { checkSite, validSite, withBody, type SiteChanges } from './site-fixture';

const partner = validSite['content/partners/pro-arbeit.de.md']!;
const withLogo = (name: string) => ({
  'content/partners/pro-arbeit.de.md': partner.replace(/\n---\n?$/, `\nlogo: ${name}\n---\n`),
});
const errorsOf = (changes: SiteChanges) => checkSite(changes).issues.filter((issue) => issue.severity === 'error');
// Body line 3 of goals.de.md is file line 10 (site-fixture.ts).
const photoPage = (name: string, alt = 'Gruppenfoto in Riga') => withBody(`## Riga\n\n![${alt}](image:${name})\n`);

let png: Buffer;
let jpeg: Buffer;
beforeAll(async () => {
  png = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#336699' } })
    .png()
    .toBuffer();
  jpeg = await sharp(png).jpeg().toBuffer();
});

describe('pictures in content/images', () => {
  it('accepts a photo with alt text and a safe SVG logo, and shows them', () => {
    const { site, issues } = checkSite({
      ...photoPage('riga.jpg'),
      ...withLogo('logo.svg'),
      'content/images/riga.jpg': jpeg,
      'content/images/logo.svg': logoSvg,
    });
    expect(issues).toEqual([]);
    expect(site!.pictures.map((picture) => [picture.name, picture.width, picture.height]).sort()).toEqual([
      ['logo.svg', 240, 96],
      ['riga.jpg', 300, 200],
    ]);
    expect(site!.pages.find((page) => page.path === '/de/ziele')!.html).toMatch(
      /<img src="\/images\/riga-[0-9a-f]{12}-300\.jpg" alt="Gruppenfoto in Riga" srcset="\/images\/riga-[0-9a-f]{12}-300\.webp 300w" sizes="[^"]+" width="300" height="200" decoding="async">/,
    );
  });

  it('reports a picture that does not exist, at its line, with what to do', () => {
    const [issue, ...rest] = errorsOf(photoPage('fehlt.jpg'));
    expect(rest).toEqual([]);
    expect(formatIssue(issue, 'de')).toBe(
      'content/pages/goals.de.md:10  Das Bild fehlt.jpg gibt es nicht in content/images/.  →  Legen Sie das Bild unter content/images/fehlt.jpg ab (im Editor: „Bild hochladen“) oder korrigieren Sie den Namen; Bilder werden als ![Beschreibung](image:NAME.jpg) eingebunden.',
    );
    expect(formatIssue(issue, 'en')).toContain(
      'content/pages/goals.de.md:10  There is no picture fehlt.jpg in content/images/.',
    );
  });

  it('reports a picture without alt text', () => {
    const issues = errorsOf({ ...photoPage('riga.jpg', ''), 'content/images/riga.jpg': jpeg });
    expect(issues.map((issue) => [issue.line, issue.code])).toEqual([[10, 'image_without_alt']]);
  });

  it('reports a PNG renamed to .jpg: the type is judged by the first bytes', () => {
    const [issue, ...rest] = errorsOf({ ...photoPage('riga.jpg'), 'content/images/riga.jpg': png });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'content/pages/goals.de.md', line: 10, code: 'image_wrong_type' });
    expect(formatIssue(issue, 'de')).toContain('Die Datei riga.jpg ist ein PNG-Bild, ihr Name verspricht aber JPEG.');
    expect(formatIssue(issue, 'en')).toContain('The file riga.jpg is a PNG picture, but its name promises JPEG.');
  });

  it('reports a GIF or any other type, also when no page uses it yet', () => {
    const issues = errorsOf({ 'content/images/alt.gif': Buffer.from('GIF89a\x01\x00\x01\x00') });
    expect(issues).toMatchObject([{ file: 'content/images/alt.gif', code: 'image_wrong_type' }]);
    expect(formatIssue(issues[0], 'en')).toContain('is no picture the site can show.');
  });

  it('reports a picture of more than 40 megapixels', async () => {
    const huge = await sharp({ create: { width: 7500, height: 6000, channels: 3, background: '#888' } })
      .jpeg()
      .toBuffer();
    const [issue] = errorsOf({ ...photoPage('gross.jpg'), 'content/images/gross.jpg': huge });
    expect(issue).toMatchObject({ line: 10, code: 'image_too_many_pixels', params: { megapixels: 45 } });
    expect(formatIssue(issue, 'de')).toContain('Das Bild gross.jpg hat 45 Megapixel, erlaubt sind höchstens 40.');
  });

  it('reports a file of more than 20 MB', () => {
    const big = Buffer.concat([jpeg, Buffer.alloc(21 * 1024 * 1024)]);
    const [issue] = errorsOf({ ...photoPage('riga.jpg'), 'content/images/riga.jpg': big });
    expect(issue).toMatchObject({ line: 10, code: 'image_too_large', params: { megabytes: 22 } });
  });

  it.each([
    ['a script', '<script>alert(1)</script>', 'script'],
    ['an event handler', '<rect width="5" height="5" onclick="alert(1)"/>', 'handler'],
    ['an external reference', '<image href="https://tracker.example/pixel.png" width="1" height="1"/>', 'external'],
    ['a stylesheet from elsewhere', '<style>@import url(https://evil.example/x.css);</style>', 'external'],
  ])('reports an SVG logo with %s at the partner’s logo line', (_what, part, problem) => {
    const svg = logoSvg.replace('</svg>', `${part}</svg>`);
    const [issue, ...rest] = errorsOf({ ...withLogo('logo.svg'), 'content/images/logo.svg': svg });
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ file: 'content/partners/pro-arbeit.de.md', field: 'logo', code: 'svg_unsafe' });
    expect(issue.params?.problems).toBe(problem);
    expect(formatIssue(issue, 'de')).toContain('Exportieren Sie das Logo noch einmal als einfaches SVG');
  });
});
