/**
 * What the picture cache saves (docs/performance.md, Pictures): both builds of a copy of the real content with 20 photos
 * of 12 megapixels on a page, with an empty cache and again after a text edit; the bytes a phone gets against the
 * originals; WebP against AVIF. Run: `npx tsx scripts/measure-pictures.ts`. It overwrites the project's builds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { copyContent } from './tooling/content-copy';
import { cameraPhoto } from './tooling/camera-photo';
import { benchEnv, timeNpm } from './bench/builds';

const count = 20;
const root = copyContent(process.cwd());
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-picture-cache-'));
const env = { ...benchEnv, CONTENT_ROOT: root, EPI_PICTURE_CACHE: cache };
const photos: Buffer[] = [];

async function main() {
  for (let index = 1; index <= count; index++) {
    const photo = await cameraPhoto(4000, 3000, index);
    photos.push(photo);
    fs.mkdirSync(path.join(root, 'content/images'), { recursive: true });
    fs.writeFileSync(path.join(root, `content/images/foto-${index}.jpg`), photo);
  }
  const body = (alt: string) =>
    Array.from({ length: count }, (_, index) => `![${alt} ${index + 1}](image:foto-${index + 1}.jpg)\n`).join('\n');
  const page = (fields: string, alt: string) => `---\n${fields}\n---\n\n${body(alt)}`;
  const description =
    'description: Zwanzig Fotos mit je zwölf Megapixeln, für die Messung der Bildverarbeitung beim Bauen.';
  fs.writeFileSync(
    path.join(root, 'content/pages/bench-fotos.de.md'),
    page(`menu: none\norder: 99\ntitle: Fotos\nslug: fotos\n${description}`, 'Foto'),
  );
  const goals = path.join(root, 'content/pages/goals.de.md');
  const editText = () => fs.appendFileSync(goals, '\nEin Satz mehr.\n');

  const rows: string[] = [];
  for (const script of ['build', 'build:static']) {
    fs.rmSync(cache, { recursive: true, force: true });
    const cold = timeNpm(script, env);
    editText();
    const warm = timeNpm(script, env);
    rows.push(`| ${script} | ${cold.toFixed(1)} | ${warm.toFixed(1)} | ${Math.round((1 - warm / cold) * 100)} % |`);
  }
  console.log('| npm run | cold (s) | warm, after a text edit (s) | saved |\n| --- | --- | --- | --- |');
  console.log(rows.join('\n'));

  const phone = (name: string) =>
    fs.readdirSync(cache, { recursive: true, encoding: 'utf8' }).find((file) => file.endsWith(name));
  const originals = photos.reduce((sum, photo) => sum + photo.length, 0);
  const sizes = fs
    .readdirSync(cache, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('-1200.webp'))
    .map((file) => fs.statSync(path.join(cache, file)).size);
  console.log(
    `Originals: ${(originals / count / 1024).toFixed(0)} KB each; a phone at 3 × gets the 1200 px WebP: ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(0)} KB each (${sizes.length} files; e.g. ${phone('-1200.webp')})`,
  );

  const started = Date.now();
  const webp = await sharp(photos[0]).resize({ width: 1200 }).webp({ quality: 72, effort: 4 }).toBuffer();
  const webpTime = Date.now() - started;
  const avifStart = Date.now();
  const avif = await sharp(photos[0]).resize({ width: 1200 }).avif({ quality: 50, effort: 4 }).toBuffer();
  console.log(
    `1200 px: WebP ${(webp.length / 1024).toFixed(0)} KB in ${webpTime} ms, AVIF ${(avif.length / 1024).toFixed(0)} KB in ${Date.now() - avifStart} ms`,
  );
}

main().finally(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
});
