import fs from 'node:fs';
import path from 'node:path';
import { checkContent, FileHistory, type Coverage } from '@/lib/content';

type Result = ReturnType<typeof checkContent> & { coverage: Coverage; history: FileHistory };

// Keyed by the content root, so that tests with several roots in one process stay apart.
const cache = ((
  globalThis as { editorSavedContent?: Map<string, { stamp: string; result: Result }> }
).editorSavedContent ??= new Map());

/**
 * The content check of the saved files (with the translation status), computed again only when a file (or git's index, which decides
 * which translations count as older) changed: every keystroke's check compares with it, and reads their history from it.
 */
export function checkSaved(root: string): Result {
  const stamp = stampOf(root);
  const kept = cache.get(root);
  if (kept?.stamp === stamp) return kept.result;
  const history = new FileHistory(root);
  const result = { ...checkContent({ projectDir: root, includeDrafts: true, coverage: true, history }), history };
  cache.set(root, { stamp, result });
  return result;
}

function stampOf(root: string): string {
  const stamps: string[] = [];
  for (const folder of ['content', 'public/materials', '.git/index']) {
    const target = path.join(root, folder);
    if (!fs.existsSync(target)) continue;
    const names = fs.statSync(target).isDirectory()
      ? fs.readdirSync(target, { recursive: true, encoding: 'utf8' }).map((name) => path.join(target, name))
      : [target];
    for (const name of names) stamps.push(`${name}:${fs.statSync(name).mtimeMs}`);
  }
  return stamps.sort().join('|');
}
