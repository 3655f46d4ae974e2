import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const runner = path.resolve('scripts/run-bundled.mjs');

/** A folder laid out like the project: a script, a module of its own, and a package installed by "npm". */
let project: string;
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
};
const run = () =>
  execFileSync(process.execPath, [runner, 'scripts/hello.ts'], { cwd: project, encoding: 'utf8' }).trim();
// Modification times are compared, so a change must not land in the same millisecond as the first build.
const later = (file: string) =>
  fs.utimesSync(path.join(project, file), new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-run-bundled-'));
  write(
    'scripts/hello.ts',
    "import { greeting } from '../lib/greeting';\nimport { name } from 'fake-package';\nconsole.log(`${greeting}, ${name}`);\n",
  );
  write('lib/greeting.ts', "export const greeting = 'Hallo';\n");
  write('node_modules/fake-package/package.json', '{ "name": "fake-package", "main": "index.js" }');
  write('node_modules/fake-package/index.js', "exports.name = 'Welt';\n");
  write('node_modules/.package-lock.json', '{}');
});

afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

describe('scripts/run-bundled.mjs', () => {
  it('bundles the script with its packages and runs it again without bundling while nothing changed', () => {
    expect(run()).toBe('Hallo, Welt');
    const bundle = path.join(project, 'node_modules/.cache/epi/hello.mjs');
    const made = fs.statSync(bundle).mtimeMs;
    expect(run()).toBe('Hallo, Welt');
    expect(fs.statSync(bundle).mtimeMs).toBe(made);
  });

  it('bundles again when a project file changed', () => {
    run();
    write('lib/greeting.ts', "export const greeting = 'Guten Tag';\n");
    later('lib/greeting.ts');
    expect(run()).toBe('Guten Tag, Welt');
  });

  it('bundles again when npm installed a package, without looking at every file of node_modules', () => {
    run();
    write('node_modules/fake-package/index.js', "exports.name = 'Europa';\n");
    later('node_modules/fake-package/index.js');
    expect(run()).toBe('Hallo, Welt');
    later('node_modules/.package-lock.json');
    expect(run()).toBe('Hallo, Europa');
  });
});
