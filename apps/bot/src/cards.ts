import type { Concept, DiagramSpec, Locale, View } from '@study-graph/graph';
import type { Answer, AskOptions, ExplainRequest } from '@study-graph/qa';
import { Conversations } from './conversations.ts';
import { answerCard, type Card, type ConceptRef, noticeCard } from './format/card.ts';
import { ui } from './format/strings.ts';
import type { Knowledge } from './knowledge.ts';

/**
 * Called before slow work (drawing a diagram), so the Discord side can acknowledge first
 * (defer) and stay within the 3-second deadline.
 */
export type BeforeSlowWork = () => Promise<void>;

/** A typed question, or a request by ids (a click, a picked option) in a known language. */
type Request = ({ question: string; ask: AskOptions } | { explain: ExplainRequest; locale: Locale }) & {
  /** Draw this instead of what the answer proposes; `null`: draw nothing. */
  diagram?: DiagramSpec | null | undefined;
  showsRelated?: boolean;
};

/**
 * What each command, button and menu shows, as Discord-free cards. Every text comes from `qa`;
 * this layer only decides which request a click stands for and what to draw with it.
 */
export class Cards {
  constructor(
    private readonly knowledge: Knowledge,
    private readonly conversations = new Conversations(),
  ) {}

  /**
   * A typed question (`/ask`, a mention): qa's answer, with its diagram if it proposes one. With
   * `from` (the channel and the learner), a follow-up is read against their previous question.
   */
  async question(
    text: string,
    fallbackLocale: Locale,
    slow: BeforeSlowWork,
    from?: { channelId: string; userId: string },
  ): Promise<Card> {
    const previous = from && this.conversations.previous(from.channelId, from.userId);
    const ask = { fallbackLocale, ...(previous ? { previous } : {}) };
    const { card, answer } = await this.#answer({ question: text, ask }, slow);
    if (from && answer.interpreted)
      this.conversations.remember(from.channelId, from.userId, answer.interpreted);
    return card;
  }

  /** A concept's definition (`/concept`, the menu). Unknown text is asked as it is, for suggestions. */
  async concept(value: string, locale: Locale, slow: BeforeSlowWork): Promise<Card> {
    const concept = await this.knowledge.resolveConcept(value);
    if (!concept) return this.question(value, locale, slow);
    return this.#card({ explain: { kind: 'concept', id: concept.id }, locale, diagram: null }, slow);
  }

  /** What a concept connects to, with its neighbourhood drawn ("Related"). */
  async related(conceptId: string, locale: Locale, slow: BeforeSlowWork): Promise<Card> {
    const concept = await this.knowledge.concept(conceptId);
    if (!concept) return this.question(conceptId, locale, slow);
    return this.#card(
      {
        explain: { kind: 'related', id: concept.id },
        locale,
        showsRelated: true,
      },
      slow,
    );
  }

  /** How two concepts connect, with the path drawn (`/relation`). */
  async relation(from: string, to: string, locale: Locale, slow: BeforeSlowWork): Promise<Card> {
    const [a, b] = await Promise.all([
      this.knowledge.resolveConcept(from),
      this.knowledge.resolveConcept(to),
    ]);
    if (!a) return this.question(from, locale, slow);
    if (!b) return this.question(to, locale, slow);
    return this.#card(
      {
        explain: { kind: 'relation', from: a.id, to: b.id },
        locale,
        diagram: { kind: 'path', from: a.id, to: b.id },
      },
      slow,
    );
  }

  /** A figure or a concept's neighbourhood (`/diagram`): `view:<id>`, `concept:<id>` or typed text. */
  async diagram(topic: string, depth: 1 | 2, locale: Locale, slow: BeforeSlowWork): Promise<Card> {
    const view = await this.#resolveView(topic);
    if (view) return this.#card({ explain: { kind: 'view', id: view.id }, locale }, slow);
    const concept = await this.knowledge.resolveConcept(topic.replace(/^concept:/, ''));
    if (concept) {
      return this.#card({ explain: { kind: 'neighbourhood', id: concept.id, depth }, locale }, slow);
    }
    return this.#card({ question: topic, ask: { fallbackLocale: locale } }, slow);
  }

  /** The container lifecycle, or how to move between two states, with the state diagram (`/lifecycle`). */
  async lifecycle(
    from: string | null,
    to: string | null,
    locale: Locale,
    slow: BeforeSlowWork,
  ): Promise<Card> {
    const isState = (c: Concept) => c.kind === 'state';
    const [a, b] = await Promise.all([
      from ? this.knowledge.resolveConcept(from, isState) : null,
      to ? this.knowledge.resolveConcept(to, isState) : null,
    ]);
    if ((from && !a) || (to && !b)) {
      const states = (await this.knowledge.allConcepts()).filter(isState).map((c) => `**${c.name[locale]}**`);
      return { ...noticeCard(locale, ui(locale).unknownState(states)), ephemeral: true };
    }
    return this.#card({ explain: { kind: 'lifecycle', from: a?.id, to: b?.id }, locale }, slow);
  }

  /** How to use the bot. */
  help(locale: Locale, mentions: boolean): Card {
    const t = ui(locale);
    return {
      locale,
      title: t.helpTitle,
      body: t.help(mentions),
      footer: t.helpFooter,
      tone: 'help',
      ephemeral: true,
    };
  }

  async #resolveView(topic: string): Promise<View | null> {
    const id = topic.startsWith('view:') ? topic.slice(5) : topic.trim();
    return (await this.knowledge.views()).find((v) => v.id === id) ?? null;
  }

  async #card(request: Request, slow: BeforeSlowWork): Promise<Card> {
    return (await this.#answer(request, slow)).card;
  }

  async #answer(request: Request, slow: BeforeSlowWork): Promise<{ card: Card; answer: Answer }> {
    const answer =
      'explain' in request
        ? await this.knowledge.explain(request.explain, request.locale)
        : await this.knowledge.ask(request.question, request.ask);
    const spec = request.diagram === undefined ? answer.diagram : request.diagram;
    const focus = answer.found ? answer.concepts[0] : undefined;
    const [drawn, nearby] = await Promise.all([
      spec ? this.#draw(spec, answer.locale, slow) : null,
      this.#nearby(answer, focus),
    ]);
    const card = answerCard({
      answer,
      spec,
      drawn,
      focus,
      nearby,
      showsRelated: request.showsRelated ?? false,
    });
    return { card, answer };
  }

  /** Drawing takes a moment: acknowledge first, unless the picture is already drawn. */
  async #draw(spec: DiagramSpec, locale: Locale, slow: BeforeSlowWork) {
    if (!this.knowledge.isDrawn(spec, locale)) await slow();
    return this.knowledge.draw(spec, locale);
  }

  /** The menu: the other concepts the answer names, then the focus's neighbours. */
  async #nearby(answer: Answer, focus: ConceptRef | undefined): Promise<ConceptRef[]> {
    if (!focus) return [];
    const around = await this.knowledge.nearby(focus.id, answer.locale);
    const refs = [
      ...answer.concepts.slice(1),
      ...around.map((c) => ({ id: c.id, name: c.name[answer.locale] })),
    ];
    return refs.filter((c) => c.id !== focus.id);
  }
}
