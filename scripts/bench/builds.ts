import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, section, type Log, type PartReport } from './report';

/** What every timed command gets: the export's address, which `build:static` requires, and no telemetry. */
const siteUrl = process.env.SITE_URL ?? 'https://epi.example.org';
export const benchEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', SITE_URL: siteUrl };

/** The commands staff and deployments wait for, in the order they are timed. */
export const timedCommands = ['content:check', 'build', 'build:static'] as const;

/** Seconds `npm run <script>` takes. What the command before wrote is first flushed to disk, so as not to time it here. */
export function timeNpm(script: string, env: NodeJS.ProcessEnv = benchEnv): number {
  execFileSync('sync');
  const started = process.hrtime.bigint();
  execFileSync('npm', ['run', '--silent', script], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100;
}

/** Seconds of each of `timedCommands`: the content check (under a second or two) the median of three runs, a build one run. */
export const timeCommands = (env: NodeJS.ProcessEnv = benchEnv) =>
  timedCommands.map((script) =>
    script === 'content:check' ? median([1, 2, 3].map(() => timeNpm(script, env))) : timeNpm(script, env),
  );

export function buildsReport(): PartReport {
  const seconds = timeCommands();
  const how =
    '`content:check` is the median of three runs in a row, each build one run; both builds start from the last ones.';
  const rows = timedCommands.map((script, index) => [script, seconds[index].toFixed(2)]);
  return { sections: [section('Builds of the real content', how, ['npm run', 'seconds'], rows)] };
}

const words = {
  de: ['Testseite', 'Vorgehen', 'Ziele', 'Die Partnerstädte tauschen Erfahrungen zur Integration Zugewanderter aus.'],
  en: ['Test page', 'Approach', 'Goals', 'The partner cities share their experience of integrating newcomers.'],
};

/** A page of ordinary length: headings, paragraphs, a list, a table, a link to a real page and to the next synthetic one. */
function syntheticPage(locale: 'de' | 'en', number: string, next: string): string {
  const [title, heading, goals, sentence] = words[locale];
  return [
    ...['---', `title: ${title} ${number}`, `slug: ${title.toLowerCase().replace(' ', '-')}-${number}`],
    ...[`description: "${sentence}"`, '---', '', sentence, '', `## ${heading}`, ''],
    ...[`${sentence} [${goals}](page:goals) · [${next}](page:bench-${next})`, '', `- ${sentence}`, `- **${sentence}**`],
    ...['', '| Stadt | Land |', '| --- | --- |', '| Ravenna | IT |', '| Riga | LV |', '', sentence, ''],
  ].join('\n');
}

/**
 * A temporary content root (`CONTENT_ROOT`, lib/content/root.ts): a copy of the real content and materials with `count`
 * synthetic pages in each language, committed to a git repository of its own (the content check reads the history).
 */
function contentRoot(count: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `epi-bench-content-${count}-`));
  fs.cpSync('content', path.join(root, 'content'), { recursive: true });
  if (fs.existsSync('public/materials'))
    fs.cpSync('public/materials', path.join(root, 'public', 'materials'), { recursive: true });
  const name = (index: number) => String(index).padStart(4, '0');
  for (let index = 1; index <= count; index++) {
    for (const locale of ['de', 'en'] as const) {
      const file = path.join(root, 'content', 'pages', `bench-${name(index)}.${locale}.md`);
      fs.writeFileSync(file, syntheticPage(locale, name(index), name((index % count) + 1)));
    }
  }
  const commit = ['-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'content'];
  for (const args of [['init', '-q'], ['add', '-A'], commit]) execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  return root;
}

/**
 * How the time of the content check and of both builds grows with the number of pages: a report, with no targets.
 * The builds overwrite the project's own: they are built again from the real content at the end.
 */
export function scalingReport(sizes: number[], log: Log): PartReport {
  const seconds: number[][] = [];
  try {
    for (const size of sizes) {
      const root = contentRoot(size);
      try {
        seconds.push(timeCommands({ ...benchEnv, CONTENT_ROOT: root }));
        log(`  ${size} pages per language: ${seconds.at(-1)!.join(' s, ')} s`);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    }
  } finally {
    log('  building the real content again');
    ['build', 'build:static'].forEach((script) => timeNpm(script));
  }
  const added = 2 * (sizes.at(-1)! - sizes[0]);
  const growth = (index: number) =>
    added > 0 ? `${(((seconds.at(-1)![index] - seconds[0][index]) / added) * 1000).toFixed(1)} ms` : undefined;
  const how =
    'Synthetic pages (headings, a list, a table, links) added in both languages to a copy of the real content, in a temporary `CONTENT_ROOT`; timed as the builds of the real content are.';
  const head = ['seconds of npm run', ...sizes.map((size) => `${size} pages per language`), 'growth per added page'];
  const rows = timedCommands.map((script, index) => [
    script,
    ...seconds.map((run) => run[index].toFixed(2)),
    growth(index),
  ]);
  return { sections: [section('Scaling', how, head, rows)] };
}
