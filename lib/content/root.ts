import path from 'node:path';

/** The folder that holds content/ and public/materials/: `CONTENT_ROOT`, else the folder the site runs in. */
export function contentRoot(): string {
  // Read at run time from the project (or the folder CONTENT_ROOT names), not traced into the build.
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_ROOT ?? process.cwd());
}
