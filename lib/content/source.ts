import fs from 'node:fs';
import path from 'node:path';

/**
 * Unsaved text by project-relative path (`content/pages/goals.de.md`): it replaces the file on disk or adds a new one;
 * null stands for a file that is about to be deleted. The browser editor checks and previews entries through this.
 */
export type Overrides = Record<string, string | null>;

/** The project's files as the content layer sees them: the disk, with any unsaved edits laid over it. */
export class ContentSource {
  constructor(
    readonly projectDir: string,
    private readonly overrides: Overrides = {},
  ) {}

  /** Names of the Markdown files in a project-relative folder, sorted. */
  listMarkdown(folder: string): string[] {
    const names = new Set(this.readDirectory(folder).filter((name) => name.endsWith('.md')));
    for (const [file, text] of Object.entries(this.overrides)) {
      if (path.posix.dirname(file) !== folder || !file.endsWith('.md')) continue;
      if (text === null) names.delete(path.posix.basename(file));
      else names.add(path.posix.basename(file));
    }
    return [...names].sort();
  }

  read(file: string): string {
    const override = this.overrides[file];
    if (typeof override === 'string') return override;
    return fs.readFileSync(this.absolute(file), 'utf8');
  }

  /** A file's bytes as they are on disk (pictures, which are never edited as text). */
  readBytes(file: string): Buffer {
    return fs.readFileSync(this.absolute(file));
  }

  /** Names of the files in a project-relative folder, sorted. */
  listFiles(folder: string): string[] {
    return this.readDirectory(folder)
      .filter((name) => fs.statSync(this.absolute(`${folder}/${name}`)).isFile())
      .sort();
  }

  /** Size in bytes, or undefined when there is no such file. */
  size(file: string): number | undefined {
    const override = this.overrides[file];
    if (override !== undefined) return override === null ? undefined : Buffer.byteLength(override);
    const stat = fs.statSync(this.absolute(file), { throwIfNoEntry: false });
    return stat?.isFile() ? stat.size : undefined;
  }

  /** Milliseconds of the last change; an unsaved edit counts as a change made now. */
  modifiedAt(file: string): number {
    if (typeof this.overrides[file] === 'string') return Date.now();
    return fs.statSync(this.absolute(file)).mtimeMs;
  }

  isEdited(file: string): boolean {
    return file in this.overrides;
  }

  private readDirectory(folder: string): string[] {
    const directory = this.absolute(folder);
    return fs.existsSync(directory) ? fs.readdirSync(directory) : [];
  }

  private absolute(file: string): string {
    return path.join(/*turbopackIgnore: true*/ this.projectDir, file);
  }
}
