import { InteractionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { buildErrorTree, flattenErrorTree } from './errors.ts';
import {
  isEmptyMessage,
  isValidChatInputName,
  validateCallback,
  validateCommand,
  validateCommandList,
  validateMessage,
} from './rules.ts';

const flat = (problems: ReturnType<typeof validateMessage>) => flattenErrorTree(buildErrorTree(problems));
const button = (id: string, label = 'b') => ({ type: 2, style: 1, custom_id: id, label });
const row = (...components: unknown[]) => ({ type: 1, components });

describe('message payloads', () => {
  it('accepts a full, valid message', () => {
    expect(
      validateMessage(
        {
          content: 'ok',
          embeds: [
            {
              title: 't',
              description: 'd',
              fields: [{ name: 'n', value: 'v', inline: true }],
              footer: { text: 'f' },
              color: 0x2b2d31,
            },
          ],
          components: [row(button('a'), { type: 2, style: 5, url: 'https://x', label: 'docs' })],
          allowed_mentions: { parse: [] },
        },
        'channel',
      ),
    ).toEqual([]);
  });

  it('content over 2,000 code points', () => {
    expect(flat(validateMessage({ content: 'x'.repeat(2001) }, 'callback', ['data']))).toEqual([
      'data.content[BASE_TYPE_MAX_LENGTH]: Must be 2000 or fewer in length.',
    ]);
    // 2,000 emoji are 4,000 UTF-16 units but 2,000 characters for Discord.
    expect(validateMessage({ content: '🐳'.repeat(2000) }, 'channel')).toEqual([]);
  });

  it('embed limits', () => {
    const long = (n: number) => 'x'.repeat(n);
    expect(
      flat(
        validateMessage(
          {
            embeds: [
              {
                title: long(257),
                description: long(4097),
                footer: { text: long(2049) },
                fields: [
                  { name: long(257), value: long(1025) },
                  { name: '', value: 'v' },
                ],
              },
            ],
          },
          'channel',
        ),
      ),
    ).toEqual(
      expect.arrayContaining([
        'embeds[0].title[BASE_TYPE_MAX_LENGTH]: Must be 256 or fewer in length.',
        'embeds[0].description[BASE_TYPE_MAX_LENGTH]: Must be 4096 or fewer in length.',
        'embeds[0].footer.text[BASE_TYPE_MAX_LENGTH]: Must be 2048 or fewer in length.',
        'embeds[0].fields[0].name[BASE_TYPE_MAX_LENGTH]: Must be 256 or fewer in length.',
        'embeds[0].fields[0].value[BASE_TYPE_MAX_LENGTH]: Must be 1024 or fewer in length.',
        'embeds[0].fields[1].name[BASE_TYPE_REQUIRED]: This field is required',
        'embeds[MAX_EMBED_SIZE_EXCEEDED]: Embed size exceeds maximum size of 6000',
      ]),
    );
    const fields = Array.from({ length: 26 }, (_, i) => ({ name: `n${i}`, value: 'v' }));
    expect(flat(validateMessage({ embeds: [{ fields }] }, 'channel'))).toEqual([
      'embeds[0].fields[BASE_TYPE_MAX_LENGTH]: Must be 25 or fewer in length.',
    ]);
    expect(
      flat(validateMessage({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })) }, 'channel')),
    ).toEqual(['embeds[BASE_TYPE_MAX_LENGTH]: Must be 10 or fewer in length.']);
    const big = Array.from({ length: 2 }, () => ({ description: long(3001) }));
    expect(flat(validateMessage({ embeds: big }, 'channel'))).toEqual([
      'embeds[MAX_EMBED_SIZE_EXCEEDED]: Embed size exceeds maximum size of 6000',
    ]);
  });

  it('component limits', () => {
    const rows = Array.from({ length: 6 }, (_, i) => row(button(`b${i}`)));
    expect(flat(validateMessage({ components: rows }, 'channel'))).toEqual([
      'components[BASE_TYPE_MAX_LENGTH]: Must be 5 or fewer in length.',
    ]);
    const six = row(...Array.from({ length: 6 }, (_, i) => button(`b${i}`)));
    expect(flat(validateMessage({ components: [six] }, 'channel'))).toEqual([
      'components[0].components[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 5 in length.',
    ]);
    expect(
      flat(validateMessage({ components: [row(button('x'.repeat(101), 'y'.repeat(81)))] }, 'channel')),
    ).toEqual([
      'components[0].components[0].custom_id[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.',
      'components[0].components[0].label[BASE_TYPE_MAX_LENGTH]: Must be 80 or fewer in length.',
    ]);
    const select = (options: unknown[]) => row({ type: 3, custom_id: 's', options });
    expect(flat(validateMessage({ components: [select([])] }, 'channel'))).toEqual([
      'components[0].components[0].options[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 25 in length.',
    ]);
    const opts = Array.from({ length: 26 }, (_, i) => ({ label: `l${i}`, value: `v${i}` }));
    expect(flat(validateMessage({ components: [select(opts)] }, 'channel'))).toEqual([
      'components[0].components[0].options[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 25 in length.',
    ]);
    expect(
      flat(
        validateMessage(
          { components: [select([{ label: 'l'.repeat(101), value: 'v'.repeat(101) }])] },
          'channel',
        ),
      ),
    ).toEqual([
      'components[0].components[0].options[0].label[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.',
      'components[0].components[0].options[0].value[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.',
    ]);
    expect(flat(validateMessage({ components: [row(button('a')), row(button('a'))] }, 'channel'))).toEqual([
      'components[1].components[0].custom_id[COMPONENT_CUSTOM_ID_DUPLICATED]: Component custom id cannot be duplicated',
    ]);
    expect(flat(validateMessage({ components: [row({ type: 9 })] }, 'channel'))[0]).toMatch(
      /components\[0\]\.components\[0\]/,
    );
  });

  it('allowed_mentions parse and ids are exclusive', () => {
    expect(
      flat(
        validateMessage({ content: 'x', allowed_mentions: { parse: ['users'], users: ['1'] } }, 'channel'),
      ),
    ).toEqual([
      'allowed_mentions[MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE]: parse:["users"] and users: [ids] are mutually exclusive.',
    ]);
  });

  it('empty messages', () => {
    expect(isEmptyMessage({ content: '  ' }, 0)).toBe(true);
    expect(isEmptyMessage({}, 1)).toBe(false);
    expect(isEmptyMessage({ embeds: [{ title: 't' }] }, 0)).toBe(false);
  });
});

describe('interaction callbacks', () => {
  it('requires type, and data for replies and autocomplete', () => {
    expect(flat(validateCallback({}, InteractionType.ApplicationCommand))).toEqual([
      'type[BASE_TYPE_REQUIRED]: This field is required',
    ]);
    expect(flat(validateCallback({ type: 4 }, InteractionType.ApplicationCommand))).toEqual([
      'data[BASE_TYPE_REQUIRED]: This field is required',
    ]);
    expect(validateCallback({ type: 5 }, InteractionType.ApplicationCommand)).toEqual([]);
  });

  it('only allows callback types that fit the interaction', () => {
    expect(
      flat(validateCallback({ type: 7, data: { content: 'x' } }, InteractionType.ApplicationCommand))[0],
    ).toMatch(/^type\[BASE_TYPE_CHOICES\]/);
    expect(
      flat(
        validateCallback({ type: 4, data: { content: 'x' } }, InteractionType.ApplicationCommandAutocomplete),
      )[0],
    ).toMatch(/^type/);
    expect(validateCallback({ type: 7, data: { content: 'x' } }, InteractionType.MessageComponent)).toEqual(
      [],
    );
  });

  it('autocomplete choices: max 25, name 1..100, value ≤ 100', () => {
    const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expect(
      validateCallback(
        { type: 8, data: { choices: choices(25) } },
        InteractionType.ApplicationCommandAutocomplete,
      ),
    ).toEqual([]);
    expect(
      flat(
        validateCallback(
          { type: 8, data: { choices: choices(26) } },
          InteractionType.ApplicationCommandAutocomplete,
        ),
      ),
    ).toEqual(['data.choices[BASE_TYPE_MAX_LENGTH]: Must be 25 or fewer in length.']);
    expect(
      flat(
        validateCallback(
          { type: 8, data: { choices: [{ name: '', value: 'v'.repeat(101) }] } },
          InteractionType.ApplicationCommandAutocomplete,
        ),
      ),
    ).toEqual([
      'data.choices[0].name[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.',
      'data.choices[0].value[BASE_TYPE_MAX_LENGTH]: Must be 100 or fewer in length.',
    ]);
  });
});

describe('application commands', () => {
  const cmd = (over: Record<string, unknown> = {}) => ({ name: 'ask', description: 'Ask', ...over });

  it('names follow the naming regex (unicode, lowercase)', () => {
    expect(isValidChatInputName('hỏi')).toBe(true);
    expect(isValidChatInputName('концепт')).toBe(true);
    expect(isValidChatInputName('Ask')).toBe(false);
    expect(isValidChatInputName('two words')).toBe(false);
    expect(flat(validateCommand(cmd({ name: 'Ask' })))).toEqual([
      'name[APPLICATION_COMMAND_INVALID_NAME]: Command name is invalid',
    ]);
    expect(flat(validateCommand(cmd({ name: 'x'.repeat(33) })))).toEqual([
      'name[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 32 in length.',
    ]);
    expect(validateCommand({ name: 'Show Graph', type: 3 })).toEqual([]); // context menus may use spaces and capitals
  });

  it('localizations: valid locales, localized names and descriptions', () => {
    expect(
      validateCommand(cmd({ name_localizations: { vi: 'hỏi' }, description_localizations: { vi: 'Hỏi' } })),
    ).toEqual([]);
    expect(flat(validateCommand(cmd({ name_localizations: { vi: 'Hỏi Đáp' } })))).toEqual([
      'name_localizations[APPLICATION_COMMAND_INVALID_NAME]: Command name is invalid',
    ]);
    expect(flat(validateCommand(cmd({ name_localizations: { xx: 'a' } })))[0]).toMatch(
      /^name_localizations\.xx\[BASE_TYPE_CHOICES\]/,
    );
    expect(flat(validateCommand(cmd({ description_localizations: { vi: 'x'.repeat(101) } })))).toEqual([
      'description_localizations.vi[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.',
    ]);
    const option = { type: 3, name: 'q', description: 'q', name_localizations: { vi: 'Câu Hỏi' } };
    expect(flat(validateCommand(cmd({ options: [option] })))).toEqual([
      'options[0].name_localizations.vi[APPLICATION_COMMAND_INVALID_NAME]: Command name is invalid',
    ]);
  });

  it('descriptions, option counts, choices and ordering', () => {
    expect(flat(validateCommand(cmd({ description: '' })))).toEqual([
      'description[BASE_TYPE_BAD_LENGTH]: Must be between 1 and 100 in length.',
    ]);
    const options = Array.from({ length: 26 }, (_, i) => ({ type: 3, name: `o${i}`, description: 'd' }));
    expect(flat(validateCommand(cmd({ options })))).toEqual([
      'options[BASE_TYPE_MAX_LENGTH]: Must be 25 or fewer in length.',
    ]);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` }));
    expect(
      flat(validateCommand(cmd({ options: [{ type: 3, name: 'o', description: 'd', choices }] }))),
    ).toEqual(['options[0].choices[BASE_TYPE_MAX_LENGTH]: Must be 25 or fewer in length.']);
    const ordered = [
      { type: 3, name: 'a', description: 'd' },
      { type: 3, name: 'b', description: 'd', required: true },
    ];
    expect(flat(validateCommand(cmd({ options: ordered })))).toEqual([
      'options[1].required[APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID]: Required options must be placed before non-required options',
    ]);
    expect(
      flat(
        validateCommand(
          cmd({ options: [{ type: 4, name: 'n', description: 'd', choices: [{ name: 'a', value: 'x' }] }] }),
        ),
      )[0],
    ).toMatch(/options\[0\]\.choices\[0\]\.value/);
  });

  it('bulk lists reject duplicates', () => {
    expect(flat(validateCommandList([cmd(), cmd()]))).toEqual([
      '1.name[APPLICATION_COMMANDS_DUPLICATE_NAME]: Application command names must be unique (ask)',
    ]);
    expect(validateCommandList([cmd(), { name: 'ask', type: 2 }])).toEqual([]);
  });
});
