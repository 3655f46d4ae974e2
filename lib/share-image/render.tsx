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

// One font list for every image: the image renderer keeps the parsed font with the list it was given.
function loadFonts(): Promise<Fonts> {
  fonts ??= fs.readFile(fontFile).then((data) => [{ name: 'Noto Sans', data, weight: 700, style: 'normal' }]);
  return fonts;
}

/** What a share image shows: the project's name, the page's title, and the EU emblem with the words "European Union". */
export function ShareImageContent({ title, siteName, funding }: { title: string; siteName: string; funding: string }) {
  return (
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
      <div style={{ display: 'flex', fontSize: 36, color: euEmblem.blue }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: title.length > 40 ? 60 : 76, lineHeight: 1.15 }}>{title}</div>
      <div style={{ display: 'flex', alignItems: 'center', gap: 24, fontSize: 30 }}>
        {/* The image renderer (satori) masks every picture to its own box unless it is transformed; drawing that mask
            took 4 of the 27 ms of CPU each share image cost (measured 2026-11-30). The identity transform
            changes no pixel. */}
        <EuEmblemSvg width={120} height={80} style={{ transform: 'translateX(0)' }} />
        <span>{funding}</span>
      </div>
    </div>
  );
}

/** The picture shown when a page is shared. */
export async function renderShareImage(page: Page) {
  const t = await getTranslations({ locale: page.locale });
  return new ImageResponse(
    <ShareImageContent title={page.title} siteName={t('Site.name')} funding={t('Funding.union')} />,
    {
      ...shareImageSize,
      fonts: await loadFonts(),
    },
  );
}
