import fs from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { addLanguageChooser } from './language-chooser';
import { nextAssetsReferencedBy } from './prune-export';
import { stripScripts } from './strip-scripts';

interface StripTask {
  outDir: string;
  pages: string[];
}

/** Strips the pages of one task and writes them back; returns the files under /_next/ that they still point to. */
function stripAndWrite({ outDir, pages }: StripTask): string[] {
  const assets = new Set<string>();
  for (const page of pages) {
    const file = path.join(outDir, page);
    const stripped = stripScripts(fs.readFileSync(file, 'utf8'));
    const html = page === 'index.html' ? addLanguageChooser(stripped) : stripped;
    fs.writeFileSync(file, html);
    for (const asset of nextAssetsReferencedBy(html, outDir, file)) assets.add(asset);
  }
  return [...assets];
}

/**
 * Strips Next's runtime from every page of the export (`pages`, relative to `outDir`) and adds the language chooser
 * to `/`. Parsing 2,000 pages is seconds of work for one core, so the pages are shared out among one worker per core
 * while this thread goes on with `meanwhile`. Resolves to the files under /_next/ that the stripped pages point to.
 *
 * The workers run the bundle that is running now (scripts/run-bundled.mjs), whose entry calls `runStripWorker` first.
 */
export async function stripPages(outDir: string, pages: string[], meanwhile: () => void): Promise<Set<string>> {
  // Starting a worker costs about 0.1 s: a site of a few dozen pages gets one.
  const count = Math.max(1, Math.min(availableParallelism(), Math.ceil(pages.length / 100)));
  const tasks = Array.from({ length: count }, (_, worker): StripTask => ({
    outDir,
    pages: pages.filter((_, index) => index % count === worker),
  }));
  const results = tasks.map(
    (task) =>
      new Promise<string[]>((resolve, reject) => {
        const worker = new Worker(__filename, { workerData: task });
        worker.once('message', resolve);
        worker.once('error', reject);
        // After its answer this changes nothing; without one, the build must not wait for it.
        worker.once('exit', (code) =>
          reject(new Error(`A worker stripping pages stopped (exit code ${code}) before it answered`)),
        );
      }),
  );
  meanwhile();
  return new Set((await Promise.all(results)).flat());
}

/** In a worker started by `stripPages`: does its task and answers; returns whether this is such a worker. */
export function runStripWorker(): boolean {
  if (!parentPort) return false;
  parentPort.postMessage(stripAndWrite(workerData as StripTask));
  return true;
}
