import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ShareImageContent } from '@/lib/share-image/render';

describe('the share image', () => {
  it('shows the title, and draws its pictures transformed, which the image renderer does not mask (drawing a mask costs each image 4 ms)', () => {
    const markup = renderToStaticMarkup(
      <ShareImageContent title="Unsere Ziele" siteName="EPI" funding="Kofinanziert von der Europäischen Union" />,
    );
    expect(markup).toContain('Unsere Ziele');
    const pictures = markup.match(/<(svg|img)\b[^>]*>/g) ?? [];
    expect(pictures).not.toHaveLength(0);
    for (const picture of pictures) expect(picture).toMatch(/style="[^"]*transform:/);
  });
});
