import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests read and render all content or start ESLint: room for a 2-core machine that also builds.
    testTimeout: 30_000,
    // Vitest leaves a core free by default: one file at a time on 2 cores, while a file that waits for a build idles.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    server: { deps: { inline: ['next-intl'] } },
  },
});
