import type { Answer } from '@study-graph/qa';
import { describe, expect, it } from 'vitest';
import { answerCard, noticeCard } from './card.ts';
import { toMessage } from './message.ts';

const answer = (over: Partial<Answer>): Answer => ({
  question: 'q',
  locale: 'en',
  intent: 'definition',
  found: true,
  concepts: [{ id: 'container', name: 'Container' }],
  answer: '**Container**: an instance of an image.\nSource: Container terms',
  diagram: null,
  sources: [{ id: 'terms', title: 'Container terms' }],
  suggestions: [],
  ...over,
});

describe('toMessage', () => {
  it('puts the source in the footer and offers Diagram, Related and the menu', () => {
    const card = answerCard({
      answer: answer({}),
      spec: null,
      drawn: null,
      focus: { id: 'container', name: 'Container' },
      nearby: [{ id: 'image', name: 'Docker image' }],
      showsRelated: false,
    });
    const m = toMessage(card);
    expect(m.embeds[0]).toMatchObject({
      title: 'Container',
      description: '**Container**: an instance of an image.',
      footer: { text: 'Source: Container terms' },
    });
    const ids = m.components.map((row) => row.components.map((c) => ('custom_id' in c ? c.custom_id : '')));
    expect(ids).toEqual([
      ['diagram:concept:container:en', 'related:container:en'],
      ['nearby:en'],
      ['feedback:up:en', 'feedback:down:en', 'feedback:report:en'],
    ]);
  });

  it('asks back with the other reading in place of the nearby menu', () => {
    const card = answerCard({
      answer: answer({ suggestions: [{ id: 'docker-hub', name: 'Docker Hub' }] }),
      spec: null,
      drawn: null,
      focus: { id: 'container', name: 'Container' },
      nearby: [{ id: 'image', name: 'Docker image' }],
      showsRelated: false,
    });
    const menu = toMessage(card).components[1]!.components[0]!;
    expect(menu).toMatchObject({ placeholder: 'Did you mean…', options: [{ value: 'docker-hub' }] });
  });

  it('stays within every Discord limit, whatever the sizes', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `c-${i}`, name: `${'N'.repeat(150)} ${i}` }));
    const card = {
      ...answerCard({
        answer: answer({ answer: `${'x'.repeat(7000)}\nSource: ${'s'.repeat(3000)}` }),
        spec: null,
        drawn: null,
        focus: { id: 'container', name: 'C'.repeat(400) },
        nearby: many,
        showsRelated: false,
      }),
      title: 'T'.repeat(400),
    };
    const [embed] = toMessage(card).embeds;
    expect(embed!.title!.length).toBeLessThanOrEqual(256);
    expect(embed!.description!.length).toBeLessThanOrEqual(4096);
    expect(embed!.footer!.text.length).toBeLessThanOrEqual(2048);
    expect(
      embed!.title!.length + embed!.description!.length + embed!.footer!.text.length,
    ).toBeLessThanOrEqual(6000);
    const menu = toMessage(card).components[1]!.components[0]!;
    expect(menu.type).toBe(3);
    if (menu.type === 3) {
      expect(menu.options).toHaveLength(25);
      for (const o of menu.options) expect(o.label.length).toBeLessThanOrEqual(100);
    }
  });

  it('sends notices as short plain text', () => {
    const m = toMessage(noticeCard('vi', 'y'.repeat(3000)));
    expect(m.embeds).toEqual([]);
    expect(m.content.length).toBeLessThanOrEqual(2000);
    expect(m.ephemeral).toBe(true);
  });
});
