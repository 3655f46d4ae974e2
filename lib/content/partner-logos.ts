import type { ContentIssue } from './issues';
import type { Collections } from './load';
import type { Picture, PictureCatalog } from './pictures';

/** Each partner's `logo` must be a picture in content/images that the site can show; returns them by partner key. */
export function checkPartnerLogos(
  partners: Collections['partners'],
  pictures: PictureCatalog,
  issues: ContentIssue[],
): Map<string, Picture> {
  const logos = new Map<string, Picture>();
  for (const partner of partners) {
    const name = partner.shared.logo;
    if (!name) continue;
    const picture = pictures.use(name, (code, params) =>
      issues.push({
        severity: 'error',
        file: partner.baseFile,
        line: partner.baseLines.logo,
        field: 'logo',
        code,
        params,
      }),
    );
    if (picture) logos.set(partner.key, picture);
  }
  return logos;
}
