import { test } from '@playwright/test';

/** Which build the running project tests: `server` (next start) or `export` (nginx serving out/). */
export const siteMode = () => test.info().project.name as 'server' | 'export';

/** Origins of both builds, for tests that compare them. */
export const origins = {
  server: `http://127.0.0.1:${process.env.SERVER_PORT}`,
  export: `http://127.0.0.1:${process.env.EXPORT_PORT}`,
};
