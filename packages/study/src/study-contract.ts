import { describe, expect, it } from 'vitest';
import type { Feedback, FeedbackKind, QuizAnswer, StudyStore } from './port.ts';

/**
 * What every StudyStore does, run against each implementation. `open` is called once; the user
 * and server ids are the suite's own, so suites may share a database.
 */
export function describeStudyContract(name: string, open: () => Promise<StudyStore>): void {
  describe(`StudyStore contract: ${name}`, () => {
    let store: StudyStore;
    const unique = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-12);
    const [ana, binh, guild] = [`1000000${unique}1`, `1000000${unique}2`, `2000000${unique}`];
    const answer = (userId: string, correct: boolean, at: number, sources: string[]): QuizAnswer => ({
      userId,
      guildId: guild,
      question: '{"kind":"command","from":"paused","to":"running"}',
      correct,
      at,
      sources,
    });

    it('opens', async () => {
      store = await open();
      expect(await store.progress(ana)).toEqual({ answered: 0, right: 0, sections: [] });
    });

    it('counts a learner’s answers by section, a question of two sections in both', async () => {
      await store.record(answer(ana, true, 1_000, ['fig-6']));
      await store.record(answer(ana, false, 2_000, ['fig-6', 'fig-8']));
      await store.record({ ...answer(ana, true, 3_000, ['fig-8']), guildId: null });
      expect(await store.progress(ana)).toEqual({
        answered: 3,
        right: 2,
        sections: [
          { source: 'fig-6', answered: 2, right: 1 },
          { source: 'fig-8', answered: 2, right: 1 },
        ],
      });
    });

    it('ranks a server’s learners by right answers since a time', async () => {
      await store.record(answer(binh, true, 5_000, ['fig-6']));
      await store.record(answer(binh, true, 6_000, ['fig-6']));
      expect(await store.board(guild, 0, 10)).toEqual([
        { userId: binh, right: 2, answered: 2 },
        { userId: ana, right: 1, answered: 2 },
      ]);
      expect(await store.board(guild, 4_000, 10)).toEqual([{ userId: binh, right: 2, answered: 2 }]);
      expect(await store.board(guild, 0, 1)).toHaveLength(1);
      expect(await store.board('9999999999999999999', 0, 10)).toEqual([]);
    });

    it('keeps one review card per learner and question, and gives the due ones weakest first', async () => {
      const card = (question: string, due: number, stability: number) => ({
        question,
        due,
        stability,
        fsrs: '{}',
      });
      expect(await store.card(ana, 'q1')).toBeNull();
      await store.saveCard(ana, card('q1', 1_000, 5));
      await store.saveCard(ana, card('q1', 2_000, 0.5));
      await store.saveCard(ana, card('q2', 1_500, 3));
      await store.saveCard(ana, card('q3', 9_000, 0.1));
      await store.saveCard(binh, card('q4', 1_000, 1));
      expect(await store.card(ana, 'q1')).toEqual(card('q1', 2_000, 0.5));
      expect(await store.dueCards(ana, 5_000, 10)).toEqual([card('q1', 2_000, 0.5), card('q2', 1_500, 3)]);
      expect(await store.dueCards(ana, 5_000, 1)).toHaveLength(1);
      expect(await store.dueCards(ana, 500, 10)).toEqual([]);
    });

    it('keeps each learner’s last vote on a message, and every report, oldest first', async () => {
      const given = (userId: string, messageId: string, kind: FeedbackKind, at: number): Feedback => ({
        userId,
        guildId: guild,
        messageId,
        kind,
        question: 'Container là gì?',
        answer: 'Container là một thể hiện chạy của image.\nNguồn: Hình 1',
        comment: kind === 'report' ? 'thiếu ý' : null,
        graphVersion: kind === 'up' ? null : 'v1',
        locale: 'vi',
        at,
      });
      const since = 10_000_000;
      await store.giveFeedback(given(ana, `${guild}1`, 'up', since + 1));
      await store.giveFeedback(given(binh, `${guild}1`, 'up', since + 2));
      await store.giveFeedback(given(ana, `${guild}1`, 'down', since + 3));
      await store.giveFeedback(given(ana, `${guild}1`, 'report', since + 4));
      await store.giveFeedback(given(ana, `${guild}1`, 'report', since + 5));
      await store.giveFeedback({ ...given(binh, `${guild}2`, 'up', since - 1), guildId: null });
      const mine = (await store.feedback(since)).filter((f) => f.messageId.startsWith(guild));
      expect(mine).toEqual([
        given(binh, `${guild}1`, 'up', since + 2),
        given(ana, `${guild}1`, 'down', since + 3),
        given(ana, `${guild}1`, 'report', since + 4),
        given(ana, `${guild}1`, 'report', since + 5),
      ]);
    });

    it('forgets everything about a learner, and only about them', async () => {
      expect(await store.forget(ana)).toBe(3);
      const left = (await store.feedback(0)).filter((f) => f.messageId.startsWith(guild));
      expect(left.map((f) => f.userId)).toEqual([binh, binh]);
      expect(await store.dueCards(ana, Number.MAX_SAFE_INTEGER, 10)).toEqual([]);
      expect(await store.card(binh, 'q4')).not.toBeNull();
      expect(await store.progress(ana)).toEqual({ answered: 0, right: 0, sections: [] });
      expect(await store.board(guild, 0, 10)).toEqual([{ userId: binh, right: 2, answered: 2 }]);
      expect(await store.forget(ana)).toBe(0);
      expect(await store.forget(binh)).toBe(2);
      await store.close();
    });
  });
}
