import { randomUUID } from 'node:crypto';
import type { Overrides } from '@/lib/content';

/**
 * Unsaved text that a preview page renders, by token. The API route that checks the text and the preview
 * page that renders it are separate bundles of one server process: they meet on globalThis.
 */
const store = ((globalThis as { editorPreviews?: Map<string, Overrides> }).editorPreviews ??= new Map());
const kept = 100;

export function keepForPreview(overrides: Overrides): string {
  const token = randomUUID();
  store.set(token, overrides);
  for (const old of [...store.keys()].slice(0, Math.max(0, store.size - kept))) store.delete(old);
  return token;
}

export function previewText(token: string | undefined): Overrides {
  return (token && store.get(token)) || {};
}
