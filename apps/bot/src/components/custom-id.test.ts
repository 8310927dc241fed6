import type { DiagramSpec } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { type Action, decodeAction, encodeAction } from './custom-id.ts';

describe('custom ids', () => {
  const specs: DiagramSpec[] = [
    { kind: 'view', viewId: 'engine-components' },
    { kind: 'lifecycle' },
    { kind: 'lifecycle', from: 'paused', to: 'exited' },
    { kind: 'lifecycle', from: 'paused' },
    { kind: 'lifecycle', to: 'running' },
    { kind: 'neighbourhood', conceptId: 'container', depth: 1 },
    { kind: 'neighbourhood', conceptId: 'container', depth: 2 },
    { kind: 'path', from: 'docker-cli', to: 'docker-daemon' },
    { kind: 'comparison', a: 'container', b: 'virtual-machine' },
  ];
  const actions: Action[] = [
    ...specs.map((spec) => ({ kind: 'diagram' as const, spec, locale: 'vi' as const })),
    { kind: 'related', conceptId: 'image', locale: 'en' },
    { kind: 'nearby', locale: 'vi' },
    ...(
      [
        { kind: 'command', from: 'paused', to: 'running' },
        { kind: 'state', command: 'docker-create', from: 'created' },
        { kind: 'member', category: 'native-network-driver' },
        { kind: 'relation', subject: 'docker-cli', type: 'TALKS_TO' },
        { kind: 'flow', view: 'outbound', step: 'docker0' },
      ] as const
    ).map((key) => ({
      kind: 'quiz' as const,
      quiz: { key, choice: 'docker-unpause', asker: '1310000000000000009', askedAt: 1_795_950_000 },
      locale: 'en' as const,
    })),
  ];

  it('reads back no quiz answer it did not write: an unknown relation type, an asker that is no user id', () => {
    expect(decodeAction('quiz:r:docker-cli:likes:docker-daemon:1310000000000000009:tpxl8o:en')).toBeNull();
    expect(decodeAction('quiz:c:paused:running:docker-unpause:someone:tpxl8o:en')).toBeNull();
    expect(decodeAction('quiz:c:paused:docker-unpause:1310000000000000009:tpxl8o:en')).toBeNull();
  });

  it('writes a daily question’s answer for anyone, with its day, and reads back only real days', () => {
    const daily: Action = {
      kind: 'daily',
      daily: {
        key: { kind: 'command', from: 'paused', to: 'running' },
        choice: 'docker-unpause',
        day: '2025-03-10',
      },
      locale: 'vi',
    };
    expect(encodeAction(daily)).toBe('daily:c:paused:running:docker-unpause:2025-03-10:vi');
    expect(decodeAction('daily:c:paused:running:docker-unpause:2025-03-10:vi')).toEqual(daily);
    expect(decodeAction('daily:c:paused:running:docker-unpause:2025-02-30:vi')).toBeNull();
    expect(decodeAction('daily:c:paused:running:docker-unpause:20250310:vi')).toBeNull();
    expect(decodeAction('daily:c:paused:running:docker-unpause:vi')).toBeNull();
    expect(decodeAction('daily:c:paused:running:docker-unpause:1310000000000000009:tpxl8o:vi')).toBeNull();
  });

  it('round-trips every action, within 100 characters', () => {
    for (const action of actions) {
      const id = encodeAction(action);
      expect(id).not.toBeNull();
      expect(id!.length).toBeLessThanOrEqual(100);
      expect(decodeAction(id!)).toEqual(action);
    }
    expect(encodeAction(actions[5]!)).toBe('diagram:concept:container:vi');
    expect(encodeAction(actions[2]!)).toBe('diagram:lifecycle:from:paused:to:exited:vi');
  });

  it('refuses ids it did not write', () => {
    for (const forged of [
      'diagram:concept:container:fr',
      'diagram:concept:Container:vi',
      'diagram:concept:container:3:vi',
      "related:x' OR 1=1:vi",
      'diagram:view:vi',
      'diagram:lifecycle:to:exited:from:paused:vi',
      'diagram:lifecycle:from:paused:from:exited:vi',
      'diagram:lifecycle:via:paused:vi',
      'diagram:lifecycle:from:vi',
      'nearby:extra:vi',
      'whatever',
      '',
    ]) {
      expect(decodeAction(forged)).toBeNull();
    }
  });

  it('gives no id when it would not fit', () => {
    const long = 'a'.repeat(48);
    expect(
      encodeAction({ kind: 'diagram', spec: { kind: 'path', from: long, to: long }, locale: 'vi' }),
    ).toBeNull();
  });
});
