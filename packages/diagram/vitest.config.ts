import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(
  sharedConfig,
  defineConfig({
    test: {
      // Rendering is CPU-bound (wasm + resvg); two cores: run files one after another.
      fileParallelism: false,
    },
  }),
);
