import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFolder } from './project-folder';

const runner = path.resolve('scripts/run-bundled.mjs');

/** A folder laid out like the project: a script, a module of its own, and a package installed by "npm". */
const project = projectFolder('epi-run-bundled-', {
  'scripts/hello.ts':
    "import { greeting } from '../lib/greeting';\nimport { name } from 'fake-package';\nconsole.log(`${greeting}, ${name}`);\n",
  'lib/greeting.ts': "export const greeting = 'Hallo';\n",
  'node_modules/fake-package/package.json': '{ "name": "fake-package", "main": "index.js" }',
  'node_modules/fake-package/index.js': "exports.name = 'Welt';\n",
  'node_modules/.package-lock.json': '{}',
});
const run = () =>
  execFileSync(process.execPath, [runner, 'scripts/hello.ts'], { cwd: project.path, encoding: 'utf8' }).trim();
// Modification times are compared, so a change must not land in the same millisecond as the first build.
const later = (file: string) =>
  fs.utimesSync(path.join(project.path, file), new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));

describe('scripts/run-bundled.mjs', () => {
  it('bundles the script with its packages and runs it again without bundling while nothing changed', () => {
    expect(run()).toBe('Hallo, Welt');
    const bundle = path.join(project.path, 'node_modules/.cache/epi/hello.mjs');
    const made = fs.statSync(bundle).mtimeMs;
    expect(run()).toBe('Hallo, Welt');
    expect(fs.statSync(bundle).mtimeMs).toBe(made);
  });

  it('bundles again when a project file changed', () => {
    run();
    project.write('lib/greeting.ts', "export const greeting = 'Guten Tag';\n");
    later('lib/greeting.ts');
    expect(run()).toBe('Guten Tag, Welt');
  });

  it('bundles again when npm installed a package, without looking at every file of node_modules', () => {
    run();
    project.write('node_modules/fake-package/index.js', "exports.name = 'Europa';\n");
    later('node_modules/fake-package/index.js');
    expect(run()).toBe('Hallo, Welt');
    later('node_modules/.package-lock.json');
    expect(run()).toBe('Hallo, Europa');
  });
});
