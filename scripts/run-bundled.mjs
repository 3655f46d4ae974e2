/**
 * `node scripts/run-bundled.mjs scripts/x.ts …`: runs a command-line script written in TypeScript as one bundled file,
 * packages included. Starting it through tsx means resolving, transpiling and loading hundreds of modules at every run,
 * most of what `content:check` costs on this site (docs/decisions/bundled-content-check.md). The bundle is made again
 * only when a project file it was made from has changed since, or npm has installed or removed a package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
// Inside node_modules, so that Node finds the few packages esbuild cannot bundle.
const outfile = path.resolve('node_modules/.cache/epi', `${path.basename(entry, '.ts')}.mjs`);
const inputsFile = `${outfile}.inputs.json`;
const buildOptions = {
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // A native binding: Node loads it from node_modules.
  external: ['@node-rs/argon2'],
  // Packages written as CommonJS call require() inside the ES module bundle.
  banner: {
    js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
  },
  metafile: true,
  logLevel: 'warning',
};
const recipe = JSON.stringify(buildOptions);
// npm rewrites this file whenever it installs or removes a package.
const packagesStamp = 'node_modules/.package-lock.json';

function upToDate() {
  try {
    const made = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    return (
      made.recipe === recipe &&
      fs.existsSync(outfile) &&
      Object.entries(made.inputs).every(([file, time]) => fs.statSync(file).mtimeMs === time)
    );
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const { build } = await import('esbuild');
  const { metafile } = await build(buildOptions);
  const ownFiles = Object.keys(metafile.inputs).filter((file) => !file.startsWith('node_modules/'));
  const stamps = fs.existsSync(packagesStamp) ? [packagesStamp] : [];
  const inputs = Object.fromEntries([...ownFiles, ...stamps].map((file) => [file, fs.statSync(file).mtimeMs]));
  fs.writeFileSync(inputsFile, JSON.stringify({ recipe, inputs }));
}
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
