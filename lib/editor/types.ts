import type { Locale } from '@/i18n/routing';

/** Shapes that the editor's pages, client components and API routes share (no code, so the browser may import it). */

export type FormValue = string | boolean | string[];

/** One language of an entry as the form holds it. */
export interface LanguageForm {
  /** Whether the file exists or is to be created on saving. */
  exists: boolean;
  values: Record<string, FormValue>;
  body: string;
}

export type EntryForm = Record<Locale, LanguageForm>;

export interface EntryRef {
  folder: string;
  key: string;
  /** A new entry from content:new's scaffold, not on disk yet. */
  isNew: boolean;
}

/** Version of each language's file when it was loaded (see lib/editor/store.ts). */
export type Versions = Record<Locale, string>;

/** A content-check issue, placed where the form shows it. */
export interface PlacedIssue {
  severity: 'error' | 'warning';
  file: string;
  /** The column it belongs to; none for an issue in another file. */
  locale?: Locale;
  field?: string;
  /** Line of the Markdown body (1-based). */
  bodyLine?: number;
  problem: string;
  fix: string;
}

export interface CheckResult {
  issues: PlacedIssue[];
  /** Errors that block saving. */
  errors: number;
  /** Token of the preview of exactly this text, when it has no errors. */
  preview?: string;
}

export interface SaveRequest {
  lang: Locale;
  entry: EntryRef;
  form: EntryForm;
  versions: Versions;
  /** What the person typed about this change; it follows the commit's subject in the history. */
  note?: string;
}
