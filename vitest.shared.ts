import { defineConfig } from 'vitest/config';

/**
 * One test configuration for every package: Node environment, tests beside the code. Sized for a
 * 2-core machine that may be busy: turbo runs two packages at a time (root package.json), each runs
 * its test files one after another in a child process, and the time limits are generous because a
 * test asserts behaviour, never speed (speed is `pnpm bench`'s).
 */
export const sharedConfig = defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    minWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 120_000,
  },
});
