import { defineConfig } from 'vitest/config';

/** One test configuration for every package: Node environment, tests beside the code. */
export const sharedConfig = defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
