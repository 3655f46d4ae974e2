import { createHash } from 'node:crypto';
import type { ContentIssue, IssueCode, IssueParams } from './issues';
import type { ContentSource } from './source';
import { rasterSize, sniffType, svgSize, typeFromName, type PictureType } from '../pictures/image-header';
import { svgProblems } from '../pictures/svg-safety';

/** Where staff put pictures, beside the text; pages name them as `image:NAME`, partners as `logo: NAME`. */
export const picturesFolder = 'content/images';

export const pictureLimits = { bytes: 20 * 1024 * 1024, pixels: 40_000_000 };

/** A checked picture: what the page needs to show it and the build to process it. */
export interface Picture {
  name: string;
  type: PictureType;
  width: number;
  height: number;
  /** Of the file's bytes: processed files are named and cached by it. */
  hash: string;
}

export interface PictureProblem {
  code: IssueCode;
  params: IssueParams;
}

interface Examined {
  picture?: Picture;
  problems: PictureProblem[];
}

const safeName = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*\.[a-z0-9]+$/i;

/** The pictures in content/images, each read and checked once, however often it is used. */
export class PictureCatalog {
  private readonly examined = new Map<string, Examined>();
  private readonly referenced = new Set<string>();

  constructor(private readonly source: ContentSource) {}

  /** The picture of that name, with its problems reported at the place that uses it; undefined if it cannot be shown. */
  use(name: string, report: (code: IssueCode, params: IssueParams) => void): Picture | undefined {
    this.referenced.add(name);
    const { picture, problems } = this.examine(name);
    for (const problem of problems) report(problem.code, problem.params);
    return problems.length ? undefined : picture;
  }

  /** Problems of files that nothing uses, reported at the file: a wrong file should not wait until it is used. */
  checkUnused(issues: ContentIssue[]) {
    for (const name of this.source.listFiles(picturesFolder)) {
      // Dotfiles are no pictures: .gitkeep, or the editor's temporary file while an upload is written.
      if (this.referenced.has(name) || name.startsWith('.')) continue;
      for (const { code, params } of this.examine(name).problems)
        issues.push({ severity: 'error', file: `${picturesFolder}/${name}`, code, params });
    }
  }

  /** Every picture in use that can be shown. */
  used(): Picture[] {
    return [...this.referenced].flatMap((name) => this.examined.get(name)?.picture ?? []);
  }

  private examine(name: string): Examined {
    let result = this.examined.get(name);
    if (!result) {
      result = this.read(name);
      this.examined.set(name, result);
    }
    return result;
  }

  private read(name: string): Examined {
    const file = `${picturesFolder}/${name}`;
    if (!safeName.test(name) || this.source.size(file) === undefined)
      return { problems: [{ code: 'image_missing', params: { value: name } }] };
    return examinePicture(name, this.source.readBytes(file));
  }
}

/** What the site knows of a picture file, or its problems: a file that is not what its name says, too big, unsafe. */
export function examinePicture(name: string, content: Buffer): Examined {
  const fail = (code: IssueCode, params: IssueParams = {}): Examined => ({
    problems: [{ code, params: { value: name, ...params } }],
  });
  if (content.length > pictureLimits.bytes)
    return fail('image_too_large', { megabytes: Math.ceil(content.length / 1024 / 1024) });
  const expected = typeFromName(name);
  const actual = sniffType(content);
  if (!expected || actual !== expected)
    return fail('image_wrong_type', { expected: expected ?? 'none', actual: actual ?? 'none' });
  const hash = createHash('sha256').update(content).digest('hex').slice(0, 12);
  if (actual === 'svg') {
    const text = content.toString('utf8');
    const problems = svgProblems(text);
    if (problems.length) return fail('svg_unsafe', { problems: problems.join(', ') });
    const size = svgSize(text);
    return size ? { picture: { name, type: actual, hash, ...size }, problems: [] } : fail('image_unreadable');
  }
  const size = rasterSize(actual, content);
  if (!size || !size.width || !size.height) return fail('image_unreadable');
  if (size.width * size.height > pictureLimits.pixels)
    return fail('image_too_many_pixels', { megapixels: Math.round((size.width * size.height) / 1e6) });
  return { picture: { name, type: actual, hash, ...size }, problems: [] };
}
