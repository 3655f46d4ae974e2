/**
 * `node scripts/run-bundled.mjs scripts/x.ts …`: runs a command-line script written in TypeScript as one bundled file.
 * tsx transpiles and resolves every module anew at each start, which is most of what `content:check` costs on a small
 * site; esbuild bundles the project's own code in a few dozen milliseconds and leaves the packages to Node.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
// Inside node_modules, so that Node finds the packages the bundle leaves out.
const outfile = path.resolve('node_modules/.cache/epi', `${path.basename(entry, '.ts')}.mjs`);
await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
