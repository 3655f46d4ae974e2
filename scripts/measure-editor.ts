/**
 * `npx tsx scripts/measure-editor.ts`: the editor's figures for docs/performance.md ("Editing server"), on a copy of the
 * content with a test account. Run `npm run edit` once before, so that the build is current: this script measures
 * starts, not builds. Prints the time to the first page that answers, from `npm run edit` and from `next start` of the
 * build (5 starts each), and the time from a change in the form to the preview showing it (20 changes), timed from the
 * call to Playwright's fill and from the field's input event; medians, ms.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createTestAccounts, postSignIn, testAccounts } from './tooling/editor-accounts';
import { median } from './bench/report';
import { freePort } from './tooling/nginx';
import { chromiumLaunchOptions } from './tooling/chromium';
import { copyContent } from './tooling/content-copy';

const contentCopy = copyContent(process.cwd());
const editorData = createTestAccounts();
process.env.CONTENT_ROOT = contentCopy;
process.env.EDITOR_DATA = editorData;

const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
const commands = {
  'npm run edit': (port: number) => ['npm', 'run', '--silent', 'edit', '--', '--port', String(port)],
  'next start': (port: number) => [process.execPath, next, 'start', '-H', '127.0.0.1', '-p', String(port)],
};
type Command = keyof typeof commands;

/** Starts the editor and resolves once its sign-in page answers, with the milliseconds that took. */
async function start(port: number, command: Command = 'npm run edit') {
  const begun = performance.now();
  const [program, ...args] = commands[command](port);
  const editor = spawn(program, args, {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, EPI_EDITOR: '1', NODE_ENV: 'production' },
  });
  const stop = () => process.kill(-editor.pid!, 'SIGTERM');
  for (;;) {
    const answer = await fetch(`http://127.0.0.1:${port}/edit/de/sign-in`).catch(() => null);
    if (answer?.status === 200) return { milliseconds: performance.now() - begun, stop };
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function firstPage(command: Command): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    const { milliseconds, stop } = await start(await freePort(), command);
    times.push(milliseconds);
    stop();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return times;
}

/** Changes the German title 20 times; each time, from the change to the frame showing the new title. */
async function previewUpdates() {
  const port = await freePort();
  const editor = await start(port);
  const baseURL = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1400, height: 1000 } });
    await postSignIn(context.request, baseURL, testAccounts.editor);
    const page = await context.newPage();
    await page.goto('/edit/de/pages/goals');
    await page.locator('#de-title').waitFor();
    await page.waitForFunction(() => !document.querySelector('button[type="submit"]:disabled'));
    // When the field's text changed: Playwright's fill first waits for the field to stay in place over two frames.
    await page.evaluate(() =>
      document.addEventListener('input', () => document.body.setAttribute('data-changed', String(performance.now()))),
    );
    const times = { fromFill: [] as number[], fromInput: [] as number[] };
    for (let change = 1; change <= 20; change++) {
      const title = `Ziele, Fassung ${change}`;
      // Watched in the page at every frame: a locator's waitFor polls at growing intervals and would see it late.
      const shown = page.waitForFunction(
        (text) => {
          const frame = document.querySelector<HTMLIFrameElement>('iframe[data-preview="de"]');
          const heading = frame?.contentDocument?.querySelector('h1')?.textContent ?? '';
          return heading.includes(text) && performance.now();
        },
        title,
        { polling: 'raf' },
      );
      const begun = await page.evaluate(() => performance.now());
      await page.locator('#de-title').fill(title);
      const end = (await (await shown).jsonValue()) as number;
      times.fromFill.push(end - begun);
      times.fromInput.push(end - Number(await page.locator('body').getAttribute('data-changed')));
    }
    return times;
  } finally {
    await browser.close();
    editor.stop();
  }
}

const report = (what: string, times: number[]) =>
  console.log(`${what}: median ${median(times).toFixed(0)} ms (${times.map(Math.round).join(', ')})`);
async function main() {
  try {
    for (const command of Object.keys(commands) as Command[])
      report(`first page after ${command}`, await firstPage(command));
    const preview = await previewUpdates();
    report('preview after a change, from the call to fill', preview.fromFill);
    report('preview after a change, from the input event', preview.fromInput);
  } finally {
    fs.rmSync(contentCopy, { recursive: true, force: true });
    fs.rmSync(path.dirname(editorData), { recursive: true, force: true });
  }
}

main();
