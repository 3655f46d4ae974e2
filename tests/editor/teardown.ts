import fs from 'node:fs';
import path from 'node:path';

/** Removes the content copy the editor's tests worked on, and their accounts and sessions. */
export default function teardown() {
  if (process.env.CONTENT_ROOT?.includes('epi-editor-'))
    fs.rmSync(process.env.CONTENT_ROOT, { recursive: true, force: true });
  if (process.env.EDITOR_DATA?.includes('epi-editor-data-'))
    fs.rmSync(path.dirname(process.env.EDITOR_DATA), { recursive: true, force: true });
}
