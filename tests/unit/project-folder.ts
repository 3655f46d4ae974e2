import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A temporary folder laid out like the project, made with `files` before each test and removed after it. */
export function projectFolder(prefix: string, files: Record<string, string>) {
  const folder = {
    path: '',
    write(file: string, text: string) {
      fs.mkdirSync(path.dirname(path.join(folder.path, file)), { recursive: true });
      fs.writeFileSync(path.join(folder.path, file), text);
    },
  };
  beforeEach(() => {
    folder.path = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    for (const [file, text] of Object.entries(files)) folder.write(file, text);
  });
  afterEach(() => fs.rmSync(folder.path, { recursive: true, force: true }));
  return folder;
}
