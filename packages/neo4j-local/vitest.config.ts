import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// These tests start and stop their own Neo4j (own home under target/, own port), so they do not use
// the shared global setup and cannot disturb other packages' tests that run at the same time. A start
// on a busy 2-core machine can take a minute.
export default mergeConfig(sharedConfig, defineConfig({ test: { testTimeout: 300_000 } }));
