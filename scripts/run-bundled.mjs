/**
 * `node scripts/run-bundled.mjs [--packages] scripts/x.ts …`: runs a command-line script written in TypeScript as one
 * bundled file. tsx transpiles and resolves every module anew at each start, which is most of what `content:check`
 * costs on a small site; esbuild bundles the project's own code and leaves the packages to Node. With `--packages` the
 * packages go into the bundle too: Node then reads one file instead of resolving and loading hundreds of modules (what
 * `content:check` spends most of its start on); scripts that drive a browser or a server keep their packages outside.
 * The bundle is made again only when one of the project files it was made from has changed since, or npm has installed or
 * removed a package.
 */
import fs from 'node:fs';
import { createRequire, Module } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';

const bundlePackages = process.argv[2] === '--packages';
const [entry, ...args] = process.argv.slice(bundlePackages ? 3 : 2);
// Inside node_modules, so that Node finds the packages the bundle leaves out.
const outfile = path.resolve(
  'node_modules/.cache/epi',
  `${path.basename(entry, '.ts')}.${bundlePackages ? 'cjs' : 'mjs'}`,
);
const inputsFile = `${outfile}.inputs.json`;
const codeCacheFile = `${outfile}.v8`;
const buildOptions = {
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: bundlePackages ? 'cjs' : 'esm',
  target: 'node20',
  // Without comments the bundle is plain ASCII (some packages' comments are not), which V8 keeps in one byte per
  // character: a warm `content:check` reads and compiles its bundle in 45 ms rather than 75.
  minifyWhitespace: true,
  metafile: true,
  logLevel: 'warning',
  ...(bundlePackages ? {} : { packages: 'external' }),
};
const recipe = JSON.stringify(buildOptions);
// npm rewrites this file whenever it installs or removes a package: it stands for all of node_modules, whose hundreds
// of files would otherwise be looked at one by one at every start.
const packagesStamp = 'node_modules/.package-lock.json';

/** Whether the bundle was made in the same way from files and packages that have not changed since (by modification time). */
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
  fs.rmSync(codeCacheFile, { force: true });
}
process.argv = [process.argv[0], outfile, ...args];
if (bundlePackages) runWithCodeCache();
else await import(pathToFileURL(outfile).href);

/**
 * Compiling the 1.6 MB of a bundle with its packages takes a warm `content:check` 85 ms of its 0.6 s; with V8's code
 * cache it takes 15–30. Node 20 offers the cache for scripts, not for ES modules, so such a bundle is CommonJS.
 * The cache is saved after the first run, with the functions that run compiled, and V8 rejects it for another text.
 */
function runWithCodeCache() {
  const cachedData = fs.existsSync(codeCacheFile) ? fs.readFileSync(codeCacheFile) : undefined;
  const script = new vm.Script(Module.wrap(fs.readFileSync(outfile, 'utf8')), { filename: outfile, cachedData });
  if (!cachedData || script.cachedDataRejected)
    process.once('exit', () => fs.writeFileSync(codeCacheFile, script.createCachedData()));
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, createRequire(outfile), bundle, outfile, path.dirname(outfile));
}
