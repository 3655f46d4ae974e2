import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { copyContent, fillPlaceholders, gitIn } from '../../scripts/tooling/content-copy';
import { serveExport } from '../../scripts/tooling/nginx';
import { addAccount, testAccounts, type TestRole } from '../../scripts/tooling/editor-accounts';
import { signIn } from './fixture';

/**
 * A publishing editor of its own for the publish specs (they stop and restart it): `npm run edit` on a git copy of the
 * content with its placeholders filled, accounts in a temporary EDITOR_DATA, PUBLISH_DIR served by nginx with
 * deploy/nginx.conf at `…/current`, as on the server.
 */

export async function publishingSetup() {
  const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-publish-e2e-'));
  // nginx's workers (another user when the tests run as root) read the site through it; EDITOR_DATA stays 0700.
  fs.chmodSync(temporary, 0o755);
  const root = copyContent(process.cwd());
  fillPlaceholders(root);
  commitAll(root, 'placeholders filled as a publisher would');
  const env = {
    ...process.env,
    CONTENT_ROOT: root,
    EDITOR_DATA: path.join(temporary, 'data'),
    PUBLISH_DIR: path.join(temporary, 'site'),
    SITE_URL: 'https://epi.example.org',
  };
  for (const [role, { name, password }] of Object.entries(testAccounts))
    addAccount(env.EDITOR_DATA, name, role as TestRole, password);
  const nginx = await serveExport(path.join(env.PUBLISH_DIR, 'current'));
  let editor = await startEditor(env);
  return {
    root,
    env,
    site: nginx.origin,
    editor: () => editor,
    restart: async () => void (editor = await startEditor(env)),
    /** A page of a new browser context on the editor, signed in through the sign-in route as the form does. */
    pageAs: async (browser: Browser, role: TestRole) => {
      const context = await browser.newContext({ baseURL: editor.origin, locale: 'de-DE' });
      await signIn(context.request, editor.origin, role);
      return context.newPage();
    },
    stop: async () => {
      await editor.stop();
      nginx.stop();
      for (const folder of [temporary, root]) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

export function commitAll(root: string, message: string) {
  gitIn(root, 'add', '-A');
  gitIn(root, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', message);
}

/** The live release's folder name, from the link nginx serves. */
export const liveRelease = (publishDir: string) => {
  const link = path.join(publishDir, 'current');
  return fs.existsSync(link) ? path.basename(fs.readlinkSync(link)) : undefined;
};

/** `npm run edit` in a process group of its own, so that a test can kill it with everything it started. */
function startEditor(env: NodeJS.ProcessEnv) {
  const server = spawn('npm', ['run', 'edit', '--', '--port', '0'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // Already gone.
    }
    return exited;
  };
  return new Promise<{ origin: string; kill9: () => Promise<void>; stop: () => Promise<void> }>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const port = /http:\/\/127\.0\.0\.1:(\d+)\/edit\b/.exec(output)?.[1];
      if (port)
        resolve({ origin: `http://127.0.0.1:${port}`, kill9: () => kill('SIGKILL'), stop: () => kill('SIGTERM') });
    });
    server.once('exit', (code) => reject(new Error(`npm run edit exited with ${code}: ${output}`)));
  });
}
