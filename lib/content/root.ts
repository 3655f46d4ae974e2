import path from 'node:path';

/** The folder that holds content/ and public/materials/: `CONTENT_ROOT`, else the folder the site runs in. */
export function contentRoot(): string {
  return path.resolve(process.env.CONTENT_ROOT ?? process.cwd());
}
