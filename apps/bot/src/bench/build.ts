import { spawnSync } from 'node:child_process';

/** `pnpm build` of the bot: benchmarks of the bot as a process run what production runs. */
export function build(): void {
  const built = spawnSync('pnpm', ['--silent', '--filter', '@study-graph/bot', 'build'], {
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('pnpm build failed');
}
