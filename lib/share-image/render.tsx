import fs from 'node:fs/promises';
import path from 'node:path';
import { ImageResponse } from 'next/og';
import { getTranslations } from 'next-intl/server';
import type { Page } from '@/lib/content';
import { euEmblem, EuEmblemSvg } from '@/lib/eu-emblem';

export const shareImageSize = { width: 1200, height: 630 };

// The font ships in the repository: nothing is fetched at build or run time.
const fontFile = path.join(/*turbopackIgnore: true*/ process.cwd(), 'lib/share-image/noto-sans-latin-700.woff');

type Fonts = NonNullable<ConstructorParameters<typeof ImageResponse>[1]>['fonts'];
let fonts: Promise<Fonts> | undefined;

// One font list for every image: the image renderer keeps a parsed font per list, so a build with a
// thousand pages reads and unpacks the font once rather than once per image.
function loadFonts(): Promise<Fonts> {
  fonts ??= fs.readFile(fontFile).then((data) => [{ name: 'Noto Sans', data, weight: 700, style: 'normal' }]);
  return fonts;
}

/** The picture shown when a page is shared: its title, the project's name and the EU emblem. */
export async function renderShareImage(page: Page) {
  const t = await getTranslations({ locale: page.locale });
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: 72,
          background: '#ffffff',
          borderTop: `24px solid ${euEmblem.blue}`,
          fontFamily: 'Noto Sans',
          color: '#1a1a1a',
        }}
      >
        <div style={{ display: 'flex', fontSize: 36, color: euEmblem.blue }}>{t('Site.name')}</div>
        <div style={{ display: 'flex', fontSize: page.title.length > 40 ? 60 : 76, lineHeight: 1.15 }}>{page.title}</div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 30 }}>
          <EuEmblemSvg width={120} height={80} />
          <span>{t('Funding.union')}</span>
        </div>
      </div>
    ),
    { ...shareImageSize, fonts: await loadFonts() },
  );
}
