/**
 * Save → commit on the real content: `npx tsx scripts/measure-history.ts [saves]` (default 20). Works on a
 * temporary `git clone` of this repository (its real content and history), never on content/ itself. Times the save
 * route as the editor's form calls it (check, write, commit) and the write and commit alone, and prints both medians.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { POST as save } from '@/app/edit/api/save/route.editor';
import { signIn } from '@/lib/editor/auth';
import { addAccount } from '@/lib/editor/auth/accounts';
import { loadEntry } from '@/lib/editor/entry';
import { writeAndCommit } from '@/lib/editor/history';
import { median } from './bench/report';

const saves = Number(process.argv[2] ?? 20);
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-history-bench-'));
const root = path.join(scratch, 'clone');
execFileSync('git', ['clone', '-q', '--no-hardlinks', process.cwd(), root]);
process.env.CONTENT_ROOT = root;
process.env.EDITOR_DATA = path.join(scratch, 'data');

const ref = { folder: 'pages', key: 'goals', isNew: false };
const origin = 'http://127.0.0.1:3000';
const password = 'Messung der Versionsgeschichte';
let cookie = '';

/** Milliseconds of one save through the route: goals' German text with a numbered last line. */
async function timedSave(number: number): Promise<number> {
  const entry = loadEntry(root, ref);
  const form = {
    ...entry.form,
    de: { ...entry.form.de, body: `${entry.form.de.body.trimEnd()}\n\nMessung ${number}.\n` },
  };
  const body = JSON.stringify({ lang: 'de', entry: ref, form, versions: entry.versions, note: `Messung ${number}` });
  const headers = { host: '127.0.0.1:3000', origin, cookie, 'content-type': 'application/json' };
  const started = performance.now();
  const answer = await save(new Request(`${origin}/edit/api/save`, { method: 'POST', headers, body }));
  const elapsed = performance.now() - started;
  if (answer.status !== 200 || !(await answer.json()).commit) throw new Error(`save ${number}: ${answer.status}`);
  return elapsed;
}

/** Milliseconds of writing goals' German file and committing it, without the content check. */
async function timedCommit(number: number): Promise<number> {
  const entry = loadEntry(root, ref);
  const text = `${entry.disk.de}\nCommit ${number}.\n`;
  const started = performance.now();
  await writeAndCommit(root, entry, { 'content/pages/goals.de.md': text }, { name: 'bench' }, `Commit ${number}`);
  return performance.now() - started;
}

async function main() {
  await addAccount('bench', 'editor', password);
  const signedIn = await signIn('bench', password, '127.0.0.1');
  if (signedIn.kind !== 'signed-in') throw new Error(signedIn.kind);
  cookie = signedIn.cookie.split(';')[0];
  await timedSave(0);
  const routeTimes: number[] = [];
  const commitTimes: number[] = [];
  for (let number = 1; number <= saves; number++) {
    routeTimes.push(await timedSave(number));
    commitTimes.push(await timedCommit(number));
  }
  const versions = execFileSync('git', ['rev-list', '--count', 'HEAD', '--', 'content/pages/goals.de.md'], {
    cwd: root,
    encoding: 'utf8',
  }).trim();
  const ms = (values: number[]) => `${Math.round(median(values))} ms (fastest ${Math.round(Math.min(...values))})`;
  console.log(`load ${os.loadavg()[0].toFixed(1)}, ${saves} saves each, goals.de.md now has ${versions} versions`);
  console.log(`save route (check, write, commit): median ${ms(routeTimes)}`);
  console.log(`write and commit alone: median ${ms(commitTimes)}`);
}

main().finally(() => fs.rmSync(scratch, { recursive: true, force: true }));
