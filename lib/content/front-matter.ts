import matter from 'gray-matter';
import { isMap, isScalar, LineCounter, parseDocument, YAMLParseError } from 'yaml';
import type { ContentIssue } from './issues';

export interface SourceFile {
  /** Path relative to the project root, used in every message. */
  file: string;
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body: a body line n is line n + bodyOffset of the file. */
  bodyOffset: number;
  /** The whole file, for checks that look at every line. */
  text: string;
  /** 1-based line of each top-level front-matter key. */
  keyLines: Map<string, number>;
}

/**
 * gray-matter splits the file; `yaml` reads the front matter with its core schema, which keeps dates as text so that
 * 2020-13-45 is reported instead of silently rolling over, and tells where each key stands.
 */
function yamlEngine(keyLines: Map<string, number>) {
  return (frontMatter: string): object => {
    const lineCounter = new LineCounter();
    const document = parseDocument(frontMatter, { schema: 'core', lineCounter });
    if (document.errors.length > 0) throw document.errors[0];
    if (isMap(document.contents)) {
      for (const { key } of document.contents.items) {
        // The front matter starts right after the opening `---`, so its line n is line n of the file.
        if (isScalar(key) && key.range) keyLines.set(String(key.value), lineCounter.linePos(key.range[0]).line);
      }
    }
    return (document.toJS() ?? {}) as object;
  };
}

export function parseSourceFile(file: string, text: string): SourceFile | ContentIssue {
  const keyLines = new Map<string, number>();
  try {
    const parsed = matter(text, { engines: { yaml: yamlEngine(keyLines) } });
    const data: unknown = parsed.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { severity: 'error', file, line: 1, code: 'front_matter_shape' };
    }
    const bodyOffset = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
    return { file, data: data as Record<string, unknown>, body: parsed.content, bodyOffset, text, keyLines };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const line = error.linePos?.[0].line;
      const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { severity: 'error', file, line, code: 'yaml_syntax', params: { detail } };
    }
    throw error;
  }
}
