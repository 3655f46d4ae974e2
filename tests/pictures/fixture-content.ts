import fs from 'node:fs';
import path from 'node:path';
import { cameraPhoto } from '../../scripts/tooling/camera-photo';

/** A partner's logo as a plain, safe SVG. */
export const logoSvg = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 96" width="240" height="96">
  <rect width="240" height="96" rx="12" fill="#003399"/>
  <circle cx="48" cy="48" r="28" fill="#ffcc00"/>
  <path d="M96 30h120v12H96zm0 24h90v12H96z" fill="#ffffff"/>
</svg>
`;

const write = (root: string, file: string, text: string | Buffer) => {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
};

const page = (fields: string, body: string) => `---\n${fields.trim()}\n---\n${body}`;

/**
 * Adds pictures to a copy of the fixture site (tests/fixtures/site): a 2400 × 1600 photo low on a page of its own and
 * a partners page whose partner has an SVG logo.
 */
export async function addPictures(root: string): Promise<void> {
  write(root, 'content/images/riga-treffen.jpg', await cameraPhoto(2400, 1600));
  write(root, 'content/images/pro-arbeit.svg', logoSvg);
  const partner = path.join(root, 'content/partners/pro-arbeit.de.md');
  fs.writeFileSync(partner, fs.readFileSync(partner, 'utf8').replace(/\n---\n?$/, '\nlogo: pro-arbeit.svg\n---\n'));
  const intro = 'Ein Absatz vor dem Bild, damit es nicht ganz oben steht.\n\n'.repeat(3);
  write(
    root,
    'content/pages/photo.de.md',
    page(
      'menu: footer\norder: 5\ntitle: Treffen in Riga\nslug: treffen\ndescription: Ein Foto vom Treffen der Partner in Riga, für die Prüfung der Bilder auf der Website.',
      `${intro}![Gruppenfoto der Partner in Riga](image:riga-treffen.jpg)\n\nEin Absatz nach dem Bild.\n`,
    ),
  );
  write(
    root,
    'content/pages/photo.en.md',
    page(
      'title: Meeting in Riga\nslug: meeting\ndescription: A photo of the partners meeting in Riga, for checking the pictures on the website.',
      `${'A paragraph before the picture, so that it is not at the very top.\n\n'.repeat(3)}![Group photo of the partners in Riga](image:riga-treffen.jpg)\n\nA paragraph after the picture.\n`,
    ),
  );
  write(
    root,
    'content/pages/partners.de.md',
    page(
      'template: partners\nmenu: header\norder: 3\ntitle: Partner\nslug: partner\ndescription: Die Partner des Projekts im Einzelnen, mit ihren Logos, für die Prüfung der Bilder.',
      '',
    ),
  );
  write(
    root,
    'content/pages/partners.en.md',
    page(
      'title: Partners\nslug: partners\ndescription: The partners of the project one by one, with their logos, for checking the pictures.',
      '',
    ),
  );
}
