/**
 * The editor's production build in `.next-edit`, and the stamp that says which code it was built from
 * (docs/decisions/editor-production-build.md): `npm run edit` builds only when the stamp of the sources differs.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { editorBuildDir } from './build/folders';
const stampFile = path.join(editorBuildDir, 'editor-stamp');

// What goes into the build: the app's code, its messages and static files, and the build's own settings. Not the
// content (read on every request) and not the documents staff upload (public/materials).
const sourceFolders = ['app', 'components', 'lib', 'i18n', 'messages', 'public', 'scripts/build'];
const sourceFiles = ['next.config.ts', 'proxy.ts', 'proxy.editor.ts', 'postcss.config.mjs', 'package-lock.json'];
const skipped = new Set(['public/materials']);
const tsconfigs = ['tsconfig.json', 'tsconfig.editor.json'];

function sourceList(projectDir: string): string[] {
  const files = [...sourceFiles, ...tsconfigs].filter((file) => fs.existsSync(path.join(projectDir, file)));
  for (const folder of sourceFolders) {
    if (!fs.existsSync(path.join(projectDir, folder))) continue;
    for (const entry of fs.readdirSync(path.join(projectDir, folder), { recursive: true, withFileTypes: true })) {
      const file = path.relative(projectDir, path.join(entry.parentPath, entry.name));
      if (entry.isFile() && ![...skipped].some((skip) => file.startsWith(`${skip}/`))) files.push(file);
    }
  }
  return files.sort();
}

/** SHA-256 over the name and bytes of every source file, and the Node version that builds and runs it. */
export function sourceStamp(projectDir = process.cwd()): string {
  const hash = createHash('sha256').update(`node ${process.version}\n`);
  for (const file of sourceList(projectDir)) {
    hash.update(`${file}\n`);
    hash.update(fs.readFileSync(path.join(projectDir, file)));
  }
  return hash.digest('hex');
}

/** Whether `.next-edit` holds a complete build of the code as it is now. */
export function isBuildCurrent(stamp: string, projectDir = process.cwd()): boolean {
  const file = path.join(projectDir, stampFile);
  return fs.existsSync(path.join(projectDir, editorBuildDir, 'BUILD_ID')) && fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8') === stamp
    : false;
}

/**
 * `next build` of the editor (EPI_EDITOR=1), its output on stderr so that stdout stays for the editor's own lines.
 * The stamp is written only after a build that succeeded.
 */
export function buildEditor(stamp: string, projectDir = process.cwd()): Promise<void> {
  const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
  fs.rmSync(path.join(projectDir, stampFile), { force: true });
  const build = spawn(process.execPath, [next, 'build'], {
    cwd: projectDir,
    stdio: ['ignore', process.stderr, 'inherit'],
    env: { ...process.env, EPI_EDITOR: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  return new Promise((resolve, reject) =>
    build.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`next build: ${code}`));
      fs.writeFileSync(path.join(projectDir, stampFile), stamp);
      resolve();
    }),
  );
}
