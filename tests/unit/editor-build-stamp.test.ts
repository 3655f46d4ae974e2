import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildCurrent, sourceStamp } from '../../scripts/editor-build';
import { projectFolder } from './project-folder';

const project = projectFolder('epi-stamp-', {
  'app/edit/page.editor.tsx': 'export default 1;',
  'lib/editor/x.ts': 'export const x = 1;',
  'messages/de.json': '{}',
  'next.config.ts': 'export default {};',
  'content/pages/goals.de.md': '# Ziele',
  'public/materials/bericht.pdf': '%PDF',
});

describe("the stamp of the editor's sources", () => {
  it('changes with the code, its messages and its settings', () => {
    for (const [file, text] of [
      ['lib/editor/x.ts', 'export const x = 2;'],
      ['messages/de.json', '{"a":1}'],
      ['next.config.ts', 'export default { a: 1 };'],
      ['components/editor/New.tsx', 'export {};'],
    ]) {
      const before = sourceStamp(project.path);
      project.write(file, text);
      expect(sourceStamp(project.path), file).not.toBe(before);
    }
  });

  it('stays the same for content, uploaded documents, file times and the tests', () => {
    const before = sourceStamp(project.path);
    project.write('content/pages/goals.de.md', '# Ziele, neu');
    project.write('public/materials/bericht-2.pdf', '%PDF');
    project.write('tests/editor/x.spec.ts', 'test');
    const later = new Date(Date.now() + 60_000);
    fs.utimesSync(path.join(project.path, 'lib/editor/x.ts'), later, later);
    expect(sourceStamp(project.path)).toBe(before);
  });

  it('names a build current only when it is complete and was made from these sources', () => {
    const stamp = sourceStamp(project.path);
    expect(isBuildCurrent(stamp, project.path)).toBe(false);
    project.write('.next-edit/editor-stamp', stamp);
    expect(isBuildCurrent(stamp, project.path), 'no BUILD_ID: the build did not finish').toBe(false);
    project.write('.next-edit/BUILD_ID', 'x');
    expect(isBuildCurrent(stamp, project.path)).toBe(true);
    project.write('lib/editor/x.ts', 'export const x = 3;');
    expect(isBuildCurrent(sourceStamp(project.path), project.path)).toBe(false);
  });
});
