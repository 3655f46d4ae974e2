import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

/**
 * Each test gets an empty EDITOR_DATA of its own (and no EDITOR_ORIGIN unless it sets one). The sign-in log
 * (console.error) is caught, for the test to read.
 */
export function withTemporaryEditorData(): { folder: () => string; log: () => string[] } {
  let parent = '';
  let log: MockInstance<typeof console.error>;
  const saved = { data: process.env.EDITOR_DATA, origin: process.env.EDITOR_ORIGIN };
  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), 'epi-editor-data-'));
    process.env.EDITOR_DATA = path.join(parent, 'data');
    delete process.env.EDITOR_ORIGIN;
    log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    log.mockRestore();
    fs.rmSync(parent, { recursive: true, force: true });
    for (const [name, value] of [
      ['EDITOR_DATA', saved.data],
      ['EDITOR_ORIGIN', saved.origin],
    ] as const)
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
  });
  return { folder: () => path.join(parent, 'data'), log: () => log.mock.calls.map((call) => call.join(' ')) };
}

/** A request as a route receives it. */
export function requestWith(headers: Record<string, string>): Request {
  return new Request('http://127.0.0.1:3000/edit', { headers });
}

/** A request that carries the session of a Set-Cookie value. */
export function requestWithCookie(setCookie: string, headers: Record<string, string> = {}): Request {
  return requestWith({ ...headers, cookie: setCookie.split(';')[0] });
}
