import type { ConceptKind } from '@study-graph/graph';

/** Every sentence the answers use, one implementation per language (vi.ts, en.ts). */
export interface Texts {
  kind: Record<ConceptKind, string>;
  sources: string;
  figure: (n: number) => string;
  /** `**Name** (other name): summary` */
  definition: (name: string, otherName: string | null, summary: string) => string;
  factLine: (label: string, names: string[]) => string;
  relationIntro: (a: string, b: string) => string;
  /** "Container joins docker0 through container eth0 and the veth pair:" */
  viaIntro: (a: string, b: string, between: string[]) => string;
  noPath: (a: string, b: string) => string;
  comparisonIntro: (a: string, b: string) => string;
  kindsDiffer: (a: string, kindA: string, b: string, kindB: string) => string;
  bothConnectedTo: (names: string[]) => string;
  directly: (line: string) => string;
  /** "Docker Engine has 3 parts:" (the count answers "gồm mấy phần"). */
  partsIntro: (name: string, count: number) => string;
  membersIntro: (name: string, count: number) => string;
  /** "The lifecycle: 10 events:": the things of one kind near what was named. */
  kindAroundIntro: (title: string, count: number, kind: ConceptKind) => string;
  /** "The basic Docker workflow uses 6 commands:" */
  viewCommandsIntro: (title: string, count: number) => string;
  statesIntro: (count: number) => string;
  /** One transition, e.g. `docker unpause`: paused -> running. */
  useCommand: (command: string, from: string, to: string, event: string | null) => string;
  automatic: (from: string, to: string, note: string | null, event: string | null) => string;
  stepsIntro: (from: string, to: string) => string;
  directAnswer: (yes: boolean) => string;
  /** The first word of the answer to a yes/no question. */
  yesOrNo: (yes: boolean) => string;
  /** What the question asked of one thing is what another of its kind does (`docker push`, **cgroups**). */
  doneBy: (thing: string, summary: string) => string;
  /** Another thing of the kind is the default one (**bridge**, not overlay). */
  defaultIs: (thing: string, summary: string) => string;
  noTransition: (from: string, to: string) => string;
  commandEffectIntro: (command: string) => string;
  /** Before the other commands that make the same move. */
  sameMoveIntro: string;
  commandNoStateChange: (command: string) => string;
  enters: (command: string, state: string) => string;
  fromStateIntro: (state: string) => string;
  toStateIntro: (state: string) => string;
  howtoIntro: string;
  /** Commands offered for what they act on, none of them saying what the question asks. */
  howtoUnsure: (names: string[]) => string;
  flowIntro: (title: string) => string;
  versionLine: (from: string, label: string, to: string, version: string) => string;
  alternativesIntro: (name: string) => string;
  factsIntro: (name: string) => string;
  sourceIntro: (name: string) => string;
  movesIntro: string;
  /** "For example, **Web front-end** is attached to **docker0** and is attached to **Internal network**." */
  example: (instance: string, parts: string[]) => string;
  diagramIntro: (title: string) => string;
  diagramShows: (names: string[]) => string;
  /** Why an edge holds, as the graph gives it. */
  reason: (text: string) => string;
  /** A sentence of the notes, quoted. */
  fromNotes: (sentence: string) => string;
  unknown: string;
  /** The notes say nothing of these words (as the learner wrote them). */
  notCovered: (words: string[]) => string;
  /** The notes name the thing but give no such value (a price, a port number) for it. */
  valueNotGiven: (value: string, of: string | undefined) => string;
  nearestTopics: (names: string[]) => string;
  /** Asked what one should do: the notes hold facts, not advice. */
  noAdvice: string;
  didYouMean: (names: string[]) => string;
  /** After an answer, when the question may be about these instead. */
  otherReading: (names: string[]) => string;
  empty: string;
  tooLong: (length: number, max: number) => string;
  more: (n: number) => string;
}
