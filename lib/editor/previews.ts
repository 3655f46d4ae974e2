import { randomUUID } from 'node:crypto';
import type { Overrides, Site } from '@/lib/content';

interface Kept {
  overrides: Overrides;
  /** The site the check built from these overrides: the preview renders it without checking the content again. */
  site?: Site;
}

/**
 * Unsaved text that a preview page renders, by token. The API route that checks the text and the preview
 * page that renders it are separate bundles of one server process: they meet on globalThis.
 */
const store = ((globalThis as { editorPreviews?: Map<string, Kept> }).editorPreviews ??= new Map());
const kept = 100;
// A whole site is large: only the latest few keep theirs (a preview loads right after its check).
const keptSites = 5;

export function keepForPreview(overrides: Overrides, site?: Site): string {
  const token = randomUUID();
  store.set(token, { overrides, site });
  const tokens = [...store.keys()];
  for (const old of tokens.slice(0, Math.max(0, store.size - kept))) store.delete(old);
  for (const old of tokens.slice(0, Math.max(0, tokens.length - keptSites))) delete store.get(old)?.site;
  return token;
}

export function previewText(token: string | undefined): Overrides {
  return (token && store.get(token)?.overrides) || {};
}

/** The site the check built for this token, while it is among the latest. */
export function previewSite(token: string | undefined): Site | undefined {
  return token ? store.get(token)?.site : undefined;
}
