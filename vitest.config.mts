import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Some tests read and render all content or start ESLint: room for a 2-core machine that also builds.
    testTimeout: 30_000,
    server: { deps: { inline: ['next-intl'] } },
  },
});
