import fs from 'node:fs';

/** Removes the content copy the editor's tests worked on. */
export default function teardown() {
  if (process.env.CONTENT_ROOT?.includes('epi-editor-'))
    fs.rmSync(process.env.CONTENT_ROOT, { recursive: true, force: true });
}
