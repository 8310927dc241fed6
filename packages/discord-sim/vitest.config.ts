import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      // Each test file starts its own sim on an ephemeral port; keep runs predictable on 2 cores.
      fileParallelism: false,
    },
  }),
);
