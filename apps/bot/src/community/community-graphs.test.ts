import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSuggestionStore } from '@study-graph/study';
import { afterAll, describe, expect, it } from 'vitest';
import type { BotContext } from '../context.ts';
import { Knowledge } from '../knowledge.ts';
import { createLogger } from '../logger.ts';
import { dockerStore, LogCapture } from '../testing/test-bot.ts';
import { CommunityGraphs } from './community-graphs.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('CommunityGraphs', () => {
  it('serves a server its own graph once approved, and without waiting once made', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'community-'));
    dirs.push(dir);
    const suggestions = new FileSuggestionStore(dir);
    const knowledge = new Knowledge(await dockerStore(), { pollMs: 0, drawingThreads: 1 });
    const graphs = new CommunityGraphs(knowledge, suggestions, createLogger('warn', new LogCapture()));
    const ctx = { knowledge } as BotContext;
    try {
      const first = graphs.contextFor(ctx, '1');
      expect(first).toBeInstanceOf(Promise);
      expect(await first).toBe(ctx);
      // Made: given at once, so a burst of interactions reaches the work queue in turn.
      expect(graphs.contextFor(ctx, '1')).toBe(ctx);

      await suggestions.propose({
        id: 'a1',
        guildId: '1',
        userId: '2',
        locale: 'en',
        proposal: { kind: 'alias', concept: 'container', alias: 'box of apps' },
        status: 'pending',
        at: 1,
        decidedBy: null,
        decidedAt: null,
      });
      await suggestions.decide('1', 'a1', 'approved', '3', 2);
      graphs.changed('1');
      const own = await graphs.contextFor(ctx, '1');
      expect(own.knowledge).not.toBe(knowledge);
      expect((await own.knowledge.resolveConcept('box of apps'))?.id).toBe('container');
      expect(await knowledge.resolveConcept('box of apps')).toBeNull();
      expect(graphs.contextFor(ctx, '2')).toBeInstanceOf(Promise);
    } finally {
      await knowledge.close();
    }
  });
});
