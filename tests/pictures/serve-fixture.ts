/**
 * Playwright's web server for the picture tests: builds both modes of the fixture site with pictures (fixture-content.ts)
 * from a temporary CONTENT_ROOT, then serves them as in production: `next start` bound to 127.0.0.1, and nginx with
 * deploy/nginx.conf serving out/. The builds replace the project's, which `npm run test:e2e` makes again afterwards.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serveExport } from '../../scripts/tooling/nginx';
import { startServer } from '../../scripts/tooling/production-server';
import { addPictures } from './fixture-content';

async function main() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-pictures-'));
  fs.cpSync(path.join(__dirname, '../fixtures/site'), root, { recursive: true });
  await addPictures(root);
  const env = { ...process.env, CONTENT_ROOT: root, SITE_URL: 'https://epi.example.org', NEXT_TELEMETRY_DISABLED: '1' };
  for (const script of ['build', 'build:static']) {
    const run = spawnSync('npm', ['run', script], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (run.status !== 0) {
      console.error(`npm run ${script} failed on the picture fixture (${root})`);
      process.exit(1);
    }
  }

  const server = await startServer();
  const nginx = await serveExport('out');
  console.log(`Pictures fixture: server ${server.origin} export ${nginx.origin} content ${root}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, async () => {
      nginx.stop();
      await server.stop();
      fs.rmSync(root, { recursive: true, force: true });
      process.exit(0);
    });
  }
}

void main();
