import fs from 'node:fs';
import path from 'node:path';

const list = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name));

/** The RSC payload files Next writes beside each page (`de/ziele.txt`, `de/ziele/__next.….txt`) for its client router. */
function isPayload(file: string): boolean {
  if (!file.endsWith('.txt')) return false;
  return path.basename(file).startsWith('__next.') || fs.existsSync(file.replace(/\.txt$/, '.html'));
}

/** Paths under /_next/ that an HTML or CSS file of the export still points to. */
function referencedAssets(outDir: string, files: string[]): Set<string> {
  const referenced = new Set<string>();
  for (const file of files.filter((name) => /\.(html|css)$/.test(name))) {
    const text = fs.readFileSync(file, 'utf8');
    const base = `/${path.relative(outDir, file).split(path.sep).join('/')}`;
    for (const match of text.matchAll(/(?:href|src)="([^"]+)"|url\(\s*["']?([^"')]+)/g)) {
      const pathname = new URL(match[1] ?? match[2], `http://export${base}`).pathname;
      if (pathname.startsWith('/_next/')) referenced.add(path.join(outDir, decodeURIComponent(pathname)));
    }
  }
  return referenced;
}

/**
 * After the scripts are stripped: removes the RSC payload files, Next's copy of its default 404 page
 * (404.html is the same page), and every file under _next/ that no page or stylesheet references any
 * more (the JavaScript chunks and build manifests). Returns the removed files.
 */
export function pruneExport(outDir: string): string[] {
  const removed: string[] = [];
  const remove = (file: string) => {
    fs.rmSync(file, { recursive: true, force: true });
    removed.push(path.relative(outDir, file));
  };
  for (const file of list(outDir)) if (fs.statSync(file).isFile() && isPayload(file)) remove(file);
  for (const name of ['_not-found.html', '_not-found']) if (fs.existsSync(path.join(outDir, name))) remove(path.join(outDir, name));
  const nextDir = path.join(outDir, '_next');
  const files = list(outDir).filter((file) => fs.statSync(file).isFile());
  const referenced = referencedAssets(outDir, files);
  for (const file of files) if (file.startsWith(nextDir + path.sep) && !referenced.has(file)) remove(file);
  // Folders left empty (a page's RSC folder, emptied chunk folders) go too.
  const deepestFirst = list(outDir).sort((a, b) => b.length - a.length);
  for (const dir of deepestFirst) if (fs.statSync(dir).isDirectory() && fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
  return removed;
}
