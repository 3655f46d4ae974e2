import matter from 'gray-matter';
import { isMap, isScalar, LineCounter, parseDocument, YAMLParseError } from 'yaml';
import type { ContentIssue } from './issues';
import { rememberedByFile } from './remembered';

/** A file's front matter read into fields, and its Markdown body. */
export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body: a body line n is line n + bodyOffset of the file. */
  bodyOffset: number;
  /** 1-based line of each top-level front-matter key. */
  keyLines: Record<string, number>;
}

export type FrontMatterProblem = Pick<ContentIssue, 'line' | 'code' | 'params'>;

export interface SourceFile extends FrontMatter {
  /** Path relative to the project root, used in every message. */
  file: string;
  /** The whole file, for checks that look at every line. */
  text: string;
}

/**
 * gray-matter splits the file; `yaml` reads the front matter with its core schema, which keeps dates as text so that
 * 2020-13-45 is reported instead of silently rolling over, and tells where each key stands.
 */
function yamlEngine(keyLines: Record<string, number>) {
  return (frontMatter: string): object => {
    const lineCounter = new LineCounter();
    const document = parseDocument(frontMatter, { schema: 'core', lineCounter });
    if (document.errors.length > 0) throw document.errors[0];
    if (isMap(document.contents)) {
      for (const { key } of document.contents.items) {
        // The front matter starts right after the opening `---`, so its line n is line n of the file.
        if (isScalar(key) && key.range) keyLines[String(key.value)] = lineCounter.linePos(key.range[0]).line;
      }
    }
    const data: unknown = document.toJS() ?? {};
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return data as object;
    // A field without a value (`updated:`) counts as left out, as in the files `content:new` writes.
    return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null));
  };
}

/** Reads a file's text: fields and body, or the problem that stops it from being read. Depends on the text alone. */
export function parseFrontMatter(text: string): FrontMatter | FrontMatterProblem {
  // No prototype: a key named __proto__ in a file is just a key.
  const keyLines: Record<string, number> = Object.create(null);
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine(keyLines) } });
    const data: unknown = parsed.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return { line: 1, code: 'front_matter_shape' };
    const bodyOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
    return { data: data as Record<string, unknown>, body: parsed.content, bodyOffset, keyLines };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { line: error.linePos?.[0].line, code: 'yaml_syntax', params: { detail } };
    }
    throw error;
  }
}

const parsedFiles = rememberedByFile<{ text: string; parsed: SourceFile | ContentIssue }>('parsed');

/** A content file read, or the problem that stops it; the same text of the same file is read once (nothing changes it). */
export function parseSourceFile(file: string, text: string): SourceFile | ContentIssue {
  const kept = parsedFiles.get(file);
  if (kept?.text === text) return kept.parsed;
  const fields = parseFrontMatter(text);
  const parsed: SourceFile | ContentIssue =
    'code' in fields ? { severity: 'error', file, ...fields } : { ...fields, file, text };
  parsedFiles.set(file, { text, parsed });
  return parsed;
}
