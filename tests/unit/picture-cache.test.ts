import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { examinePicture } from '@/lib/content/pictures';
import { processedFile } from '@/lib/pictures/process';
import { filesOf } from '@/lib/pictures/variants';
import { logoSvg } from '../pictures/fixture-content';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-picture-cache-'));
vi.stubEnv('EPI_PICTURE_CACHE', path.join(folder, 'cache'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** A picture as the content check finds it in content/images/, with its source file. */
function pictureNamed(name: string) {
  const source = path.join(folder, name);
  fs.writeFileSync(source, logoSvg);
  const { picture } = examinePicture(name, Buffer.from(logoSvg));
  if (!picture) throw new Error(`${name} is no picture`);
  return { picture, source };
}

describe('the cache of processed pictures', () => {
  it('serves the same bytes under a second name (a logo uploaded again under another name)', async () => {
    for (const name of ['riga-logo.svg', 'pro-arbeit.svg']) {
      const { picture, source } = pictureNamed(name);
      const { fallback } = filesOf(picture);
      expect(fallback.file).toContain(name.replace('.svg', ''));
      expect((await processedFile(picture, source, fallback)).toString()).toContain('<svg');
    }
  });
});
