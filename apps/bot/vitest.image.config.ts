import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/** `pnpm test:image`: the container image's tests, apart because they need a Docker engine. */
export default defineConfig({
  test: {
    ...sharedConfig.test,
    include: ['src/**/*.docker-test.ts'],
    globalSetup: ['../../packages/neo4j-local/src/vitest-global-setup.ts'],
  },
});
