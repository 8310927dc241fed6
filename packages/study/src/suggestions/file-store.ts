import { join } from 'node:path';
import { z } from 'zod';
import { JsonFile } from '../json-file.ts';
import { Proposal, type Suggestion, type SuggestionStore } from './port.ts';

const Stored = z.object({
  id: z.string(),
  guildId: z.string(),
  userId: z.string().nullable(),
  locale: z.enum(['vi', 'en']),
  proposal: Proposal,
  status: z.enum(['pending', 'approved', 'rejected']),
  at: z.number(),
  decidedBy: z.string().nullable(),
  decidedAt: z.number().nullable(),
});

/**
 * The SuggestionStore of the embedded default: every suggestion in `<dir>/suggestions.json`, in the
 * order proposed (a `JsonFile`: replaced whole, one change at a time). Suggestions are few:
 * moderators read them all.
 */
export class FileSuggestionStore implements SuggestionStore {
  readonly name = 'files';
  readonly #file: JsonFile<Suggestion[]>;

  constructor(readonly dir: string) {
    this.#file = new JsonFile(join(dir, 'suggestions.json'), z.array(Stored), '[]');
  }

  propose(suggestion: Suggestion): Promise<void> {
    return this.#file.change((all) => void all.push(Stored.parse(suggestion)));
  }

  async get(guildId: string, id: string): Promise<Suggestion | null> {
    return (await this.#file.read()).find((s) => s.id === id && s.guildId === guildId) ?? null;
  }

  async pending(guildId: string, limit: number): Promise<Suggestion[]> {
    return (await this.#file.read())
      .filter((s) => s.guildId === guildId && s.status === 'pending')
      .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
      .slice(0, limit);
  }

  async approved(guildId: string | null): Promise<Suggestion[]> {
    return (await this.#file.read())
      .filter((s) => s.status === 'approved' && (guildId === null || s.guildId === guildId))
      .sort((a, b) => (a.decidedAt ?? 0) - (b.decidedAt ?? 0));
  }

  decide(guildId: string, id: string, status: 'approved' | 'rejected', by: string, at: number) {
    return this.#file.change((all) => {
      const s = all.find((x) => x.id === id && x.guildId === guildId && x.status === 'pending');
      if (!s) return null;
      Object.assign(s, { status, decidedBy: by, decidedAt: at });
      return { ...s };
    });
  }

  forget(userId: string): Promise<number> {
    return this.#file.change((all) => {
      const theirs = all.filter((s) => s.userId === userId);
      for (const s of theirs) s.userId = null;
      // Approved ones are part of the server's graph: kept, without their name.
      const kept = all.filter((s) => !theirs.includes(s) || s.status === 'approved');
      all.splice(0, all.length, ...kept);
      return theirs.length;
    });
  }

  close(): Promise<void> {
    return this.#file.settled();
  }
}
