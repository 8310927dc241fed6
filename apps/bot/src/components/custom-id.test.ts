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
  ];

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
