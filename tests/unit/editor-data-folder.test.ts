import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EditorDataError, editorDataFolder } from '@/lib/editor/auth';

/** A content repository elsewhere (CONTENT_ROOT) and the project folder this test runs in. */
let contentRepository: string;
const saved = { data: process.env.EDITOR_DATA, root: process.env.CONTENT_ROOT };
const refusal = (folder: string) => {
  process.env.EDITOR_DATA = folder;
  try {
    editorDataFolder();
    return null;
  } catch (error) {
    return error instanceof EditorDataError ? error.message : error;
  }
};

beforeEach(() => {
  contentRepository = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'epi-content-root-')));
  fs.mkdirSync(path.join(contentRepository, 'content'));
  process.env.CONTENT_ROOT = contentRepository;
});

afterEach(() => {
  fs.rmSync(contentRepository, { recursive: true, force: true });
  for (const [name, value] of Object.entries({ EDITOR_DATA: saved.data, CONTENT_ROOT: saved.root }))
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
});

describe('the editor data folder (EDITOR_DATA)', () => {
  it('is .editor/ in the project folder unless set, and git ignores it', () => {
    delete process.env.EDITOR_DATA;
    expect(editorDataFolder()).toBe(path.join(fs.realpathSync(process.cwd()), '.editor'));
    expect(fs.readFileSync('.gitignore', 'utf8').split('\n')).toContain('.editor/');
  });

  it('may lie anywhere else, also in the project or content repository outside content/ and public/', () => {
    expect(refusal(path.join(os.tmpdir(), 'epi-data-elsewhere'))).toBeNull();
    expect(refusal(path.join(contentRepository, '.editor'))).toBeNull();
    expect(refusal(path.join(contentRepository, 'contents'))).toBeNull();
  });

  it('refuses content/ and public/ of the content root and of the project, and anything inside them', () => {
    for (const root of [contentRepository, process.cwd()])
      for (const folder of ['content', 'content/pages/.editor', 'public', 'public/materials/x']) {
        const message = refusal(path.join(root, folder));
        expect(message, `${root}/${folder}`).toMatch(
          /EDITOR_DATA darf nicht .* \/ EDITOR_DATA must not be or lie inside/,
        );
      }
  });

  it('refuses the project and the content root themselves, which it would make private', () => {
    expect(refusal(contentRepository)).toMatch(/must not be/);
    expect(refusal('.')).toMatch(/must not be/);
  });

  it('sees through a symbolic link into content/', () => {
    const link = path.join(os.tmpdir(), `epi-link-${process.pid}`);
    fs.symlinkSync(path.join(contentRepository, 'content'), link);
    try {
      expect(refusal(path.join(link, 'data'))).toMatch(/must not be/);
    } finally {
      fs.rmSync(link);
    }
  });
});
