import fs from 'node:fs';
import path from 'node:path';

/** Steps of `next build` as its trace names them, in the order they run, with what the report calls them. */
export const buildSteps = {
  clean: 'deleting the previous build',
  'run-turbopack': 'compiling',
  'run-typescript': 'type-checking',
  'static-check': 'collecting page data',
  'static-generation': 'rendering pages and share images',
  'output-export-full-static-export': 'copying the export to out/',
  'next-build': '`next build` in all',
} as const;

export type BuildPhases = Partial<Record<keyof typeof buildSteps, number>>;

/**
 * Seconds of each step of the last build in `distDir`, from the trace Next writes there (one JSON array of spans per
 * line; each build writes it anew).
 */
export function readBuildPhases(distDir: string): BuildPhases {
  const file = path.join(distDir, 'trace');
  if (!fs.existsSync(file)) return {};
  const spans = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .flatMap((line) => JSON.parse(line) as { name: string; duration: number }[]);
  const phases: BuildPhases = {};
  for (const step of Object.keys(buildSteps) as (keyof typeof buildSteps)[]) {
    const span = spans.find((candidate) => candidate.name === step);
    if (span) phases[step] = Math.round(span.duration / 1e4) / 100;
  }
  return phases;
}
