import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(
  sharedConfig,
  defineConfig({ test: { globalSetup: ['../neo4j-local/src/vitest-global-setup.ts'] } }),
);
