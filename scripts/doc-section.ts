import fs from 'node:fs';

/**
 * Replaces the part of a Markdown file between `<!-- name:start -->` and `<!-- name:end -->` with a new
 * report, so that a benchmark script can keep its latest figures in the document that explains them.
 */
export function writeDocSection(file: string, name: string, markdown: string) {
  const text = fs.readFileSync(file, 'utf8');
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no section ${start} … ${end}`);
  fs.writeFileSync(file, `${text.slice(0, from + start.length)}\n${markdown.trim()}\n${text.slice(to)}`);
}
