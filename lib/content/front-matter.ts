import matter from 'gray-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
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

// The YAML core schema keeps dates as text, so that 2020-13-45 is reported
// instead of silently rolling over into another date.
const engines = {
  yaml: (text: string) => (parseYaml(text, { schema: 'core' }) ?? {}) as object,
};

function findKeyLines(text: string): Map<string, number> {
  const lines = text.split(/\r?\n/);
  const keyLines = new Map<string, number>();
  if (lines[0]?.trim() !== '---') return keyLines;
  for (let index = 1; index < lines.length && lines[index].trim() !== '---'; index++) {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[index])?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + 1);
  }
  return keyLines;
}

export function parseSourceFile(file: string, text: string): SourceFile | ContentIssue {
  try {
    const parsed = matter(text, { engines });
    const data = parsed.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { severity: 'error', file, line: 1, code: 'front_matter_shape' };
    }
    const bodyOffset = text.split('\n').length - parsed.content.split('\n').length;
    return { file, data, body: parsed.content, bodyOffset, text, keyLines: findKeyLines(text) };
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // +1 for the opening '---' line of the front matter.
      const line = error.linePos ? error.linePos[0].line + 1 : undefined;
      const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { severity: 'error', file, line, code: 'yaml_syntax', params: { detail } };
    }
    throw error;
  }
}
