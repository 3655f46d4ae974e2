import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportBuildDir, serverBuildDir } from '../build/folders';
import { readBuildPhases, type BuildPhases } from './build-phases';
import { targets } from './budgets';
import { median } from './median';

/** Where `npm run content:check` keeps what it parsed (scripts/content-check.ts): removed for a cold run. */
const contentCheckCache = 'node_modules/.cache/epi/content-check.json';

export interface ScalingRun {
  /** Synthetic pages added per language (on top of the real content). */
  pagesPerLanguage: number;
  /** Markdown files in the content folder. */
  files: number;
  seconds: {
    /** `npm run content:check` as staff run it, with no cache (first run, or after a dependency changed). */
    contentCheckCold: number;
    /** The same again with nothing changed: what staff wait for after editing a few files. */
    contentCheckWarm: number;
    /** Warm, its command run directly rather than through npm (which takes a few tenths of a second to start itself). */
    contentCheckWarmWithoutNpm?: number;
    /** `npm run env`, npm's built-in script that only lists the environment: what npm itself adds to every `npm run …`. */
    npmRunAlone?: number;
    /** Warm through npm with the machine's NODE_EXTRA_CA_CERTS unset, when it is set: Node reads that file at every start. */
    contentCheckWarmWithoutExtraCaCerts?: number;
    /** The median when the builds ran more than once (`buildRuns`). */
    nextBuild: number;
    buildStatic: number;
  };
  /** Every run of the builds, in the order measured: at the target's size they run three times, so that one slow run decides nothing. */
  buildRuns: { nextBuild: number[]; buildStatic: number[] };
  /** Next's own timing of each step in the last run of each build. */
  buildPhases?: { nextBuild: BuildPhases; buildStatic: BuildPhases };
}

const paragraphs = {
  de: [
    'Die Partnerstädte tauschen ihre Erfahrungen mit der Aufnahme und Integration neu zugewanderter Menschen aus.',
    'Jede Stadt beschreibt, welche Angebote es gibt, wer sie trägt und wo Lücken bestehen; daraus entsteht ein gemeinsamer Überblick.',
    'Die Ergebnisse werden in Workshops besprochen und in lokale Strategien übernommen.',
  ],
  en: [
    'The partner cities share their experience of receiving and integrating newly arrived people.',
    'Each city describes which services exist, who runs them and where gaps remain; together they form a shared overview.',
    'The results are discussed in workshops and taken into local strategies.',
  ],
};

/** A page of ordinary length: headings, paragraphs, a list, a table, links to a real page and to the next synthetic one. */
function syntheticPage(locale: 'de' | 'en', index: number, count: number): string {
  const number = String(index).padStart(4, '0');
  const next = String((index % count) + 1).padStart(4, '0');
  const [first, second, third] = paragraphs[locale];
  const slug = locale === 'de' ? `testseite-${number}` : `test-page-${number}`;
  const title = locale === 'de' ? `Testseite ${number}` : `Test page ${number}`;
  const front = ['---', `title: ${title}`, `slug: ${slug}`, `description: "${first}"`, '---', ''];
  const body = [
    first,
    '',
    `## ${locale === 'de' ? 'Vorgehen' : 'Approach'}`,
    '',
    `${second} [${locale === 'de' ? 'Ziele' : 'Goals'}](page:goals) · [${next}](page:bench-${next})`,
    '',
    ...[first, second, third].map((line) => `- ${line}`),
    '',
    '| Stadt | Land |',
    '| --- | --- |',
    '| Ravenna | IT |',
    '| Riga | LV |',
    '',
    `### ${locale === 'de' ? 'Ergebnis' : 'Result'}`,
    '',
    `${third} **${second}**`,
    '',
  ];
  return [...front, ...body].join('\n');
}

/**
 * A temporary content root (see lib/content/root.ts): a copy of the real content and materials, `count` synthetic pages
 * in each language, all committed to a git repository of its own, since the content check reads the files' history.
 */
export function makeContentRoot(count: number): { root: string; files: number; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `epi-bench-content-${count}-`));
  fs.cpSync('content', path.join(root, 'content'), { recursive: true });
  if (fs.existsSync('public/materials'))
    fs.cpSync('public/materials', path.join(root, 'public', 'materials'), { recursive: true });
  for (let index = 1; index <= count; index++) {
    for (const locale of ['de', 'en'] as const) {
      fs.writeFileSync(
        path.join(root, 'content', 'pages', `bench-${String(index).padStart(4, '0')}.${locale}.md`),
        syntheticPage(locale, index, count),
      );
    }
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=bench', '-c', 'user.email=bench@localhost', 'commit', '-qm', 'content');
  const files = fs
    .readdirSync(path.join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md')).length;
  return { root, files, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** What `npm run content:check` runs. */
const contentCheckCommand = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
  .scripts['content:check'];

/**
 * Seconds a command takes; it must succeed. The files the previous command wrote or deleted are first flushed to disk,
 * so that the disk's work for one build is not timed as part of the next command.
 */
function time(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  execFileSync('sync');
  const started = process.hrtime.bigint();
  execFileSync(command, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  return Math.round(Number(process.hrtime.bigint() - started) / 1e7) / 100;
}

/** Runs of a command of well under a second vary by a third on a shared machine: the median of five is reported. */
function medianTime(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  return median(Array.from({ length: 5 }, () => time(command, args, env)));
}

/**
 * Times the content check (cold, then warm), `next build` of the server build and `npm run build:static` on a content
 * root with `count` synthetic pages per language. The builds overwrite the project's build folders: build again after.
 */
export function measureScaling(count: number, log: (line: string) => void): ScalingRun {
  const content = makeContentRoot(count);
  try {
    const env = {
      ...process.env,
      CONTENT_ROOT: content.root,
      NEXT_TELEMETRY_DISABLED: '1',
      SITE_URL: process.env.SITE_URL ?? 'https://epi.example.org',
    };
    fs.rmSync(contentCheckCache, { force: true });
    const contentCheckCold = time('npm', ['run', '--silent', 'content:check'], env);
    const contentCheckWarm = medianTime('npm', ['run', '--silent', 'content:check'], env);
    const contentCheckWarmWithoutNpm = medianTime('sh', ['-c', contentCheckCommand], env);
    const npmRunAlone = medianTime('npm', ['run', '--silent', 'env'], env);
    const withoutExtraCaCerts = { ...env, NODE_EXTRA_CA_CERTS: undefined };
    const contentCheckWarmWithoutExtraCaCerts = process.env.NODE_EXTRA_CA_CERTS
      ? medianTime('npm', ['run', '--silent', 'content:check'], withoutExtraCaCerts)
      : undefined;
    // The same build varies by ±10 s from run to run on this machine.
    const buildRuns: ScalingRun['buildRuns'] = { nextBuild: [], buildStatic: [] };
    for (let round = count === targets.scalingPages ? 3 : 1; round > 0; round--) {
      buildRuns.nextBuild.push(time('npx', ['next', 'build'], env));
      buildRuns.buildStatic.push(time('npm', ['run', '--silent', 'build:static'], env));
    }
    const [nextBuild, buildStatic] = [median(buildRuns.nextBuild), median(buildRuns.buildStatic)];
    const run = {
      pagesPerLanguage: count,
      files: content.files,
      seconds: {
        contentCheckCold,
        contentCheckWarm,
        contentCheckWarmWithoutNpm,
        npmRunAlone,
        contentCheckWarmWithoutExtraCaCerts,
        nextBuild,
        buildStatic,
      },
      buildRuns,
      buildPhases: { nextBuild: readBuildPhases(serverBuildDir), buildStatic: readBuildPhases(exportBuildDir) },
    };
    log(`  ${count} pages per language (${content.files} files): ${JSON.stringify(run.seconds)}`);
    return run;
  } finally {
    content.remove();
  }
}
