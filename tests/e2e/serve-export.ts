/**
 * Playwright's web server for the `export` project: nginx serving out/ with deploy/nginx.conf,
 * adapted only in its `listen` and `root` lines, as docs/deploy.md tells an operator.
 */
import fs from 'node:fs';
import path from 'node:path';
import { serveExport } from '../../scripts/tooling/nginx';

const root = path.resolve('out');
if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error('out/ has no export: run SITE_URL=https://… npm run build:static first.');
  process.exit(1);
}

serveExport(root).then((server) => {
  console.log(`Serving ${root} at ${server.origin}`);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      server.stop();
      process.exit(0);
    });
  }
});
