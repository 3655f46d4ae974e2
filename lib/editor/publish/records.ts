import { z } from 'zod';
import { readDataFile, writeDataFile } from '@/lib/editor/auth/data-folder';

export const publishSteps = ['snapshot', 'check', 'build', 'switch', 'remote', 'rsync'] as const;
export type PublishStep = (typeof publishSteps)[number];
export const publishResults = ['running', 'published', 'refused', 'failed', 'interrupted', 'rolled-back'] as const;
export type PublishResult = (typeof publishResults)[number];

const issueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  file: z.string(),
  line: z.number().optional(),
  field: z.string().optional(),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The last publish as its page shows it: while it runs, and after, until the next one starts. */
const statusSchema = z.object({
  account: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  result: z.enum(publishResults),
  step: z.enum(publishSteps),
  pages: z.object({ done: z.number(), total: z.number() }).optional(),
  commit: z.string().optional(),
  release: z.string().optional(),
  /** What the release check refused, as the content check reports it. */
  problems: z.array(issueSchema).optional(),
  /** The end of the build's output, or the reason a step failed. */
  log: z.string().optional(),
});
export type PublishStatus = z.infer<typeof statusSchema>;
export type PublishProblem = z.infer<typeof issueSchema>;

const logEntrySchema = z.object({
  account: z.string(),
  startedAt: z.number(),
  durationMs: z.number(),
  result: z.enum(publishResults),
  commit: z.string().optional(),
  release: z.string().optional(),
});
export type PublishLogEntry = z.infer<typeof logEntrySchema>;

const statusFile = 'publish-status.json';
const logFile = 'publish-log.json';
/** Enough for months of publishing; the page shows the newest first. */
const keptLogEntries = 200;

export const readStatus = (): PublishStatus | undefined => readDataFile(statusFile, statusSchema.optional(), undefined);

export const writeStatus = (status: PublishStatus) => writeDataFile(statusFile, statusSchema.parse(status));

/** The publish log, newest first. */
export const readLog = (): PublishLogEntry[] =>
  readDataFile(logFile, z.object({ entries: z.array(logEntrySchema) }), { entries: [] }).entries;

export function appendLog(entry: PublishLogEntry): void {
  writeDataFile(logFile, { entries: [entry, ...readLog()].slice(0, keptLogEntries) });
}
