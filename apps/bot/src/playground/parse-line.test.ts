import type { APIApplicationCommand } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commandData } from '../commands/index.ts';
import { parseLine } from './parse-line.ts';

const commands = commandData() as unknown as APIApplicationCommand[];

describe('parseLine', () => {
  it('reads questions, clicks and commands in either language', () => {
    expect(parseLine('container là gì?', commands)).toEqual({ kind: 'message', text: 'container là gì?' });
    expect(parseLine('  ', commands)).toEqual({ kind: 'empty' });
    expect(parseLine('b2', commands)).toEqual({ kind: 'click', index: 2 });
    expect(parseLine('s10', commands)).toEqual({ kind: 'select', index: 10 });
    expect(parseLine('/diagram lifecycle', commands)).toEqual({
      kind: 'command',
      name: 'diagram',
      options: { topic: 'lifecycle' },
    });
    expect(parseLine('/so-do chu-de:vòng đời do-sau:2', commands)).toEqual({
      kind: 'command',
      name: 'diagram',
      options: { topic: 'vòng đời', depth: 2 },
    });
    expect(parseLine('/relation container, docker image', commands)).toEqual({
      kind: 'command',
      name: 'relation',
      options: { from: 'container', to: 'docker image' },
    });
    expect(parseLine('/lifecycle from:exited to:running', commands)).toMatchObject({
      options: { from: 'exited', to: 'running' },
    });
    expect(parseLine('/hoi container là gì?', commands)).toMatchObject({
      name: 'ask',
      options: { question: 'container là gì?' },
    });
    expect(parseLine('/nope', commands)).toEqual({ kind: 'unknown-command', name: 'nope' });
    expect(parseLine('/quit', commands)).toEqual({ kind: 'quit' });
  });

  it('reads a subcommand and its options, in either language', () => {
    expect(parseLine('/suggest alias concept:container alias:thùng hàng', commands)).toEqual({
      kind: 'command',
      name: 'suggest',
      subcommand: 'alias',
      options: { concept: 'container', alias: 'thùng hàng' },
    });
    expect(parseLine('/de-xuat ten-goi container, thùng hàng', commands)).toEqual({
      kind: 'command',
      name: 'suggest',
      subcommand: 'alias',
      options: { concept: 'container', alias: 'thùng hàng' },
    });
    expect(parseLine('/suggest', commands)).toEqual({ kind: 'unknown-command', name: 'suggest' });
    expect(parseLine('/suggest nope x', commands)).toEqual({ kind: 'unknown-command', name: 'suggest nope' });
  });
});
