import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorServerEnv, isBuildCurrent, sourceStamp } from '../../scripts/editor-build';

let project = '';
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
};

beforeEach(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-stamp-'));
  write('app/edit/page.editor.tsx', 'export default 1;');
  write('lib/editor/x.ts', 'export const x = 1;');
  write('messages/de.json', '{}');
  write('next.config.ts', 'export default {};');
  write('content/pages/goals.de.md', '# Ziele');
  write('public/materials/bericht.pdf', '%PDF');
});
afterEach(() => fs.rmSync(project, { recursive: true, force: true }));

describe("the stamp of the editor's sources", () => {
  it('changes with the code, its messages and its settings', () => {
    for (const [file, text] of [
      ['lib/editor/x.ts', 'export const x = 2;'],
      ['messages/de.json', '{"a":1}'],
      ['next.config.ts', 'export default { a: 1 };'],
      ['components/editor/New.tsx', 'export {};'],
    ]) {
      const before = sourceStamp(project);
      write(file, text);
      expect(sourceStamp(project), file).not.toBe(before);
    }
  });

  it('stays the same for content, uploaded documents, file times and the tests', () => {
    const before = sourceStamp(project);
    write('content/pages/goals.de.md', '# Ziele, neu');
    write('public/materials/bericht-2.pdf', '%PDF');
    write('tests/editor/x.spec.ts', 'test');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(project, 'lib/editor/x.ts'), later, later);
    expect(sourceStamp(project)).toBe(before);
  });

  it('names a build current only when it is complete and was made from these sources', () => {
    const stamp = sourceStamp(project);
    expect(isBuildCurrent(stamp, project)).toBe(false);
    write('.next-edit/editor-stamp', stamp);
    expect(isBuildCurrent(stamp, project), 'no BUILD_ID: the build did not finish').toBe(false);
    write('.next-edit/BUILD_ID', 'x');
    expect(isBuildCurrent(stamp, project)).toBe(true);
    write('lib/editor/x.ts', 'export const x = 3;');
    expect(isBuildCurrent(sourceStamp(project), project)).toBe(false);
  });
});

describe('the environment the build is served with', () => {
  it("keeps Node's compiled code in the build folder, where the next build removes it, not in the cache it keeps", () => {
    const folder = editorServerEnv(project).NODE_COMPILE_CACHE ?? '';
    const inBuild = path.relative(path.join(project, '.next-edit'), folder);
    expect(path.isAbsolute(folder)).toBe(true);
    expect(inBuild).not.toBe('');
    expect(inBuild.split(path.sep)[0]).not.toMatch(/^(\.\.|cache)$/);
  });
});
