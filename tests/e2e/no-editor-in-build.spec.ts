import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { exportBuildDir, exportDir, serverBuildDir } from '../../scripts/build/folders';

// The two production builds that `npm run test:e2e` has just made: the server's, and the static export's build files
// and pages.
const builds = [serverBuildDir, exportBuildDir, exportDir];

// A build links the packages it keeps external (sharp) from its node_modules/ to the project's: not its own files.
function filesBelow(folder: string, skip: string[] = []): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(folder, item.name);
    if (skip.includes(full) || item.isSymbolicLink()) return [];
    return item.isDirectory() ? filesBelow(full, skip) : [full];
  });
}

// Every source file of the editor, by the path that bundles and source maps would name it with.
const editorSources = [...filesBelow('app'), ...filesBelow('lib/editor'), ...filesBelow('components/editor')].filter(
  (file) => /\.editor\.tsx?$/.test(file) || file.startsWith('lib/editor/') || file.startsWith('components/editor/'),
);
const markers = [...editorSources, '@codemirror', '/edit/api/'];

test('the editor has source files to look for', () => {
  expect(editorSources.filter((file) => file.startsWith('app/')).length).toBeGreaterThan(3);
  expect(editorSources.filter((file) => file.startsWith('lib/editor/')).length).toBeGreaterThan(3);
});

for (const build of [serverBuildDir, exportBuildDir]) {
  test(`${build}: the build has no editor route and no editor page extension`, () => {
    const routes = Object.values(
      JSON.parse(fs.readFileSync(`${build}/app-path-routes-manifest.json`, 'utf8')) as Record<string, string>,
    );
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.filter((route) => route === '/edit' || route.startsWith('/edit/'))).toEqual([]);
    expect(fs.existsSync(`${build}/server/app/edit`)).toBe(false);
    const config = JSON.parse(fs.readFileSync(`${build}/required-server-files.json`, 'utf8')).config;
    expect(config.pageExtensions.filter((extension: string) => extension.includes('editor'))).toEqual([]);
  });
}

for (const build of builds) {
  test(`${build}: no file contains editor code, a CodeMirror module or a write path`, () => {
    // *.nft.json are lists of files to copy for a standalone deployment, not code.
    const files = filesBelow(build, [path.join(build, 'cache'), path.join(build, 'dev')]).filter(
      (file) => !file.endsWith('.nft.json'),
    );
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(file, 'latin1');
      return markers.filter((marker) => text.includes(marker)).map((marker) => `${file}: ${marker}`);
    });
    expect(found).toEqual([]);
  });
}
