import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    // installs Debian's chromium and virtuoso-opensource where missing (as root with apt), else stops with the command to run
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and Virtuoso suites start their own servers on distinct ports; files run in parallel.
    fileParallelism: true,
  },
});
