import { describe, expect, it } from 'vitest';
import type { Suggestion, SuggestionStore } from './port.ts';

/**
 * What every SuggestionStore does, run against each implementation. `open` is called once; the
 * ids are the suite's own, so suites may share a database.
 */
export function describeSuggestionContract(name: string, open: () => Promise<SuggestionStore>): void {
  describe(`SuggestionStore contract: ${name}`, () => {
    let store: SuggestionStore;
    const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-12);
    const [ana, binh, mod, guild, other] = ['1', '2', '3', '4', '5'].map((n) => `${n}00000${unique}`);
    const suggestion = (id: string, userId: string, at: number, guildId = guild!): Suggestion => ({
      id: `${id}${unique}`,
      guildId,
      userId,
      locale: 'vi',
      proposal: { kind: 'alias', concept: 'docker-daemon', alias: `dockerd ${id}` },
      status: 'pending',
      at,
      decidedBy: null,
      decidedAt: null,
    });
    const [a, b, c, d] = [
      suggestion('a', ana!, 1_000),
      suggestion('b', binh!, 2_000),
      suggestion('c', ana!, 3_000),
      suggestion('d', ana!, 4_000, other),
    ];

    it('keeps suggestions pending, a server’s own only, oldest first', async () => {
      store = await open();
      for (const s of [b, a, c, d]) await store.propose(s!);
      expect(await store.pending(guild!, 10)).toEqual([a, b, c]);
      expect(await store.pending(guild!, 1)).toEqual([a]);
      expect(await store.get(guild!, a!.id)).toEqual(a);
      expect(await store.get(guild!, d!.id)).toBeNull();
    });

    it('keeps every kind of proposal whole', async () => {
      const kinds: Suggestion['proposal'][] = [
        {
          kind: 'concept',
          name: 'Docker Compose',
          conceptKind: 'tool',
          summary: 'Chạy nhiều container.',
          related: 'docker-engine',
          relation: 'USES',
        },
        { kind: 'relation', from: 'container', type: 'INSTANCE_OF', to: 'image' },
        { kind: 'correction', concept: 'container', summary: 'Một tiến trình được cô lập.' },
      ];
      for (const [i, proposal] of kinds.entries()) {
        const s = { ...suggestion(`k${i}`, binh!, 500, other), proposal };
        await store.propose(s);
        expect(await store.get(other!, s.id)).toEqual(s);
      }
    });

    it('decides a pending suggestion once, and only on its server', async () => {
      expect(await store.decide(other!, a!.id, 'approved', mod!, 5_000)).toBeNull();
      const approved = await store.decide(guild!, a!.id, 'approved', mod!, 5_000);
      expect(approved).toEqual({ ...a, status: 'approved', decidedBy: mod, decidedAt: 5_000 });
      expect(await store.decide(guild!, a!.id, 'rejected', mod!, 6_000)).toBeNull();
      await store.decide(guild!, c!.id, 'approved', mod!, 4_500);
      await store.decide(guild!, b!.id, 'rejected', mod!, 7_000);
      expect(await store.pending(guild!, 10)).toEqual([]);
      expect((await store.approved(guild!)).map((s) => s.id)).toEqual([c!.id, a!.id]);
      const everywhere = (await store.approved(null)).map((s) => s.id);
      expect(everywhere).toEqual(expect.arrayContaining([c!.id, a!.id]));
      expect(everywhere).not.toContain(d!.id);
    });

    it('forgets a learner: deletes what was not approved, takes their name off what was', async () => {
      expect(await store.forget(ana!)).toBe(3);
      expect(await store.get(other!, d!.id)).toBeNull();
      expect((await store.approved(guild!)).map((s) => [s.id, s.userId])).toEqual([
        [c!.id, null],
        [a!.id, null],
      ]);
      expect((await store.get(guild!, b!.id))?.userId).toBe(binh);
      expect(await store.forget(ana!)).toBe(0);
      await store.close();
    });
  });
}
