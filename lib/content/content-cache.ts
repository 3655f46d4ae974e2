import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseFrontMatter, type FrontMatter, type FrontMatterProblem } from './front-matter';
import { inspectMarkdown, type Inspection } from './markdown';

/** The two costly readings of a file, each a function of the text alone. */
export interface Parsers {
  frontMatter: (text: string) => FrontMatter | FrontMatterProblem;
  markdown: (markdown: string) => Inspection;
}

export const freshParsers: Parsers = { frontMatter: parseFrontMatter, markdown: inspectMarkdown };

/**
 * What each file's text held at the last content check, by a hash of the text: parsing YAML and Markdown is almost all
 * of the check's time, and between two runs staff change few files. `version` names the code that made the entries, so
 * a change of the checks or of the parsing packages starts afresh.
 */
export class ContentCache implements Parsers {
  private stored: Record<string, unknown> = {};
  private readonly used: Record<string, unknown> = {};
  private misses = 0;

  constructor(
    private readonly file: string,
    private readonly version: string,
  ) {
    try {
      const cache = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string; entries: Record<string, unknown> };
      if (cache.version === version) this.stored = cache.entries;
    } catch {
      // No cache yet, or an unreadable one: every file is read afresh.
    }
  }

  /** Kept without the body, which is the end of the text: the cache stays a fraction of the content's size. */
  frontMatter = (text: string): FrontMatter | FrontMatterProblem => {
    const kept = this.remember(`f:${text}`, () => withoutBody(parseFrontMatter(text)));
    return 'code' in kept ? kept : { ...kept, body: text.slice(text.length - kept.bodyLength) };
  };

  markdown = (markdown: string) => this.remember(`m:${markdown}`, () => inspectMarkdown(markdown));

  /** Keeps what this run saw, and only that, so that the file does not grow with every edit. */
  save(): void {
    if (this.misses === 0 && Object.keys(this.used).length === Object.keys(this.stored).length) return;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify({ version: this.version, entries: this.used }));
  }

  private remember<T>(text: string, compute: () => T): T {
    const key = createHash('sha1').update(text).digest('base64url');
    if (!(key in this.stored)) this.misses++;
    this.used[key] = key in this.stored ? this.stored[key] : compute();
    return this.used[key] as T;
  }
}

type KeptFrontMatter = Omit<FrontMatter, 'body'> & { bodyLength: number };

function withoutBody(parsed: FrontMatter | FrontMatterProblem): KeptFrontMatter | FrontMatterProblem {
  if ('code' in parsed) return parsed;
  const { body, ...rest } = parsed;
  return { ...rest, bodyLength: body.length };
}
