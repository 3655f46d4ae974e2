import fs from 'node:fs';
import path from 'node:path';

const list = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name));
const listFiles = (dir: string) => list(dir).filter((file) => fs.statSync(file).isFile());

/** The RSC payload files Next writes beside each page (`de/ziele.txt`, `de/ziele/__next.….txt`) for its client router. */
function isPayload(file: string): boolean {
  if (!file.endsWith('.txt')) return false;
  return path.basename(file).startsWith('__next.') || fs.existsSync(file.replace(/\.txt$/, '.html'));
}

/** Files under /_next/ that the text of `file` (a page or a stylesheet of the export in `outDir`) points to. */
function nextAssetsReferencedBy(text: string, outDir: string, file: string): string[] {
  const base = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
  const assets: string[] = [];
  for (const match of text.matchAll(/(?:href|src)="([^"]+)"|url\(\s*["']?([^"')]+)/g)) {
    const pathname = new URL(match[1] ?? match[2], `http://export${base}`).pathname;
    if (pathname.startsWith('/_next/')) assets.push(path.join(outDir, decodeURIComponent(pathname)));
  }
  return assets;
}

/** Removes the RSC payload files; returns them relative to `outDir`. */
export function removePayloads(outDir: string): string[] {
  const payloads = listFiles(outDir).filter(isPayload);
  for (const file of payloads) fs.rmSync(file);
  return payloads.map((file) => path.relative(outDir, file));
}

/**
 * After the scripts are stripped: removes Next's copy of its default 404 page (404.html is the same page), every file
 * under _next/ that no page or stylesheet references any more (the JavaScript chunks and build manifests), and the
 * folders left empty. Returns the removed files.
 */
export function removeUnreferenced(outDir: string): string[] {
  const notFoundCopies = ['_not-found.html', '_not-found'].map((name) => path.join(outDir, name)).filter(fs.existsSync);
  for (const copy of notFoundCopies) fs.rmSync(copy, { recursive: true });
  const nextDir = path.join(outDir, '_next');
  const files = listFiles(outDir);
  const referenced = new Set(
    files
      .filter((file) => file.endsWith('.html') || file.endsWith('.css'))
      .flatMap((file) => nextAssetsReferencedBy(fs.readFileSync(file, 'utf8'), outDir, file)),
  );
  const unreferenced = files.filter((file) => file.startsWith(nextDir + path.sep) && !referenced.has(file));
  for (const file of unreferenced) fs.rmSync(file);
  // Folders left empty (a page's RSC folder, emptied chunk folders) go too.
  const deepestFirst = list(outDir).sort((a, b) => b.length - a.length);
  for (const dir of deepestFirst)
    if (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  return [...notFoundCopies, ...unreferenced].map((file) => path.relative(outDir, file));
}
