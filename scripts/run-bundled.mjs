/**
 * `node scripts/run-bundled.mjs [--packages] scripts/x.ts …`: runs a command-line script written in TypeScript as one
 * bundled file. tsx transpiles and resolves every module anew at each start, which is most of what `content:check`
 * costs on a small site; esbuild bundles the project's own code and leaves the packages to Node. With `--packages` the
 * packages go into the bundle too: Node then reads one file instead of resolving and loading hundreds of modules (what
 * `content:check` spends most of its start on); scripts that drive a browser or a server keep their packages outside.
 * The bundle is made again only when one of the files it was made from has changed since.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const bundlePackages = process.argv[2] === '--packages';
const [entry, ...args] = process.argv.slice(bundlePackages ? 3 : 2);
// Inside node_modules, so that Node finds the packages the bundle leaves out.
const outfile = path.resolve('node_modules/.cache/epi', `${path.basename(entry, '.ts')}.mjs`);
const inputsFile = `${outfile}.inputs.json`;
const recipe = JSON.stringify({ entry, bundlePackages });

/** Whether the bundle was made in the same way from files that have not changed since (by their modification time). */
function upToDate() {
  try {
    const made = JSON.parse(fs.readFileSync(inputsFile, 'utf8'));
    return made.recipe === recipe && fs.existsSync(outfile) && Object.entries(made.inputs).every(([file, time]) => fs.statSync(file).mtimeMs === time);
  } catch {
    return false;
  }
}

if (!upToDate()) {
  const { build } = await import('esbuild');
  const { metafile } = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    metafile: true,
    logLevel: 'warning',
    ...(bundlePackages
      ? { banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } }
      : { packages: 'external' }),
  });
  const inputs = Object.fromEntries(Object.keys(metafile.inputs).map((file) => [file, fs.statSync(file).mtimeMs]));
  fs.writeFileSync(inputsFile, JSON.stringify({ recipe, inputs }));
}
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
