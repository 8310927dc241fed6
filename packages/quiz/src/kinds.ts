import type { Concept, Relation, RelationType } from '@study-graph/graph';
import { ASKED_TYPES, type QuizFacts } from './facts.ts';

/**
 * What a quiz question asks, by the graph's ids: enough to check an answer against the graph
 * again, with nothing kept in between (a button carries it).
 */
export type QuizKey =
  /** Which command takes a container from one state to another. */
  | { kind: 'command'; from: string; to: string }
  /** Which state a command takes a container to, from a state. */
  | { kind: 'state'; command: string; from: string }
  /** Which of these is a kind of the category. */
  | { kind: 'member'; category: string }
  /** What the subject is in this relation with ("libnetwork implements …"). */
  | { kind: 'relation'; subject: string; type: RelationType }
  /** Which step of a traffic flow comes right after this one. */
  | { kind: 'flow'; view: string; step: string };

/** A question that can be asked: its key, one right answer, and the concepts a wrong choice may be. */
export interface Candidate {
  key: QuizKey;
  answer: Concept;
  wrong: Concept[];
  /** The concepts (and figure) it is about, for choosing questions on a topic. */
  about: string[];
}

/** The relations that make `chosen` right for the key; none when it is wrong. */
export function proofOf(key: QuizKey, chosen: string, facts: QuizFacts): Relation[] {
  switch (key.kind) {
    case 'command':
      return facts.transitions.filter((r) => r.from === key.from && r.to === key.to && r.command === chosen);
    case 'state':
      return facts.transitions.filter(
        (r) => r.command === key.command && r.from === key.from && r.to === chosen,
      );
    case 'member':
      return facts.relations.filter((r) => r.type === 'IS_A' && r.from === chosen && r.to === key.category);
    case 'relation':
      return facts.relations.filter((r) => r.type === key.type && r.from === key.subject && r.to === chosen);
    case 'flow':
      return (facts.flows.get(key.view)?.steps ?? []).filter((r) => r.from === key.step && r.to === chosen);
  }
}

/** Every question the graph can ask. */
export function candidates(facts: QuizFacts): Candidate[] {
  return [
    ...commandQuestions(facts),
    ...stateQuestions(facts),
    ...memberQuestions(facts),
    ...relationQuestions(facts),
    ...flowQuestions(facts),
  ];
}

function concept(facts: QuizFacts, id: string | undefined): Concept | undefined {
  return id === undefined ? undefined : facts.concepts.get(id);
}

/** Of `pool`, those `key` does not also make right. */
function wrongOnes(key: QuizKey, pool: Concept[], facts: QuizFacts, answer: Concept): Concept[] {
  return pool.filter((c) => c.id !== answer.id && proofOf(key, c.id, facts).length === 0);
}

function commandQuestions(facts: QuizFacts): Candidate[] {
  const commands = facts.ofKind('command');
  return facts.transitions.flatMap((r) => {
    const answer = concept(facts, r.command);
    if (!answer) return [];
    const key: QuizKey = { kind: 'command', from: r.from, to: r.to };
    return [
      { key, answer, wrong: wrongOnes(key, commands, facts, answer), about: [r.from, r.to, answer.id] },
    ];
  });
}

function stateQuestions(facts: QuizFacts): Candidate[] {
  const states = facts.ofKind('state');
  return facts.transitions.flatMap((r) => {
    const answer = concept(facts, r.to);
    if (!answer || !r.command) return [];
    const key: QuizKey = { kind: 'state', command: r.command, from: r.from };
    return [{ key, answer, wrong: wrongOnes(key, states, facts, answer), about: [r.from, r.to, r.command] }];
  });
}

function memberQuestions(facts: QuizFacts): Candidate[] {
  return facts.relations.flatMap((r) => {
    const answer = concept(facts, r.from);
    if (r.type !== 'IS_A' || !answer) return [];
    const key: QuizKey = { kind: 'member', category: r.to };
    // Wrong choices of the same kind as the answer, that are not kinds of the category.
    return [
      {
        key,
        answer,
        wrong: wrongOnes(key, facts.ofKind(answer.kind), facts, answer).filter((c) => c.id !== r.to),
        about: [r.to, answer.id],
      },
    ];
  });
}

function relationQuestions(facts: QuizFacts): Candidate[] {
  return facts.relations.flatMap((r) => {
    const answer = concept(facts, r.to);
    if (!ASKED_TYPES.has(r.type) || !answer || r.from === r.to) return [];
    const key: QuizKey = { kind: 'relation', subject: r.from, type: r.type };
    const wrong = wrongOnes(key, facts.ofKind(answer.kind), facts, answer).filter((c) => c.id !== r.from);
    return [{ key, answer, wrong, about: [r.from, answer.id] }];
  });
}

function flowQuestions(facts: QuizFacts): Candidate[] {
  return [...facts.flows.values()].flatMap(({ view, steps }) =>
    steps.flatMap((r) => {
      const answer = concept(facts, r.to);
      if (!answer) return [];
      const key: QuizKey = { kind: 'flow', view: view.id, step: r.from };
      const onFlow = [...new Set(steps.flatMap((s) => [s.from, s.to]))].flatMap(
        (id) => concept(facts, id) ?? [],
      );
      const wrong = wrongOnes(key, onFlow, facts, answer).filter((c) => c.id !== r.from);
      return [{ key, answer, wrong, about: [view.id, r.from, answer.id] }];
    }),
  );
}
