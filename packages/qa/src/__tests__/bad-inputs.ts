/** Inputs people paste into a chat that must get a clear reply and nothing else. */
export const BAD_INPUTS: Record<string, string> = {
  empty: '',
  whitespace: ' \t\n  ',
  long: `${'container là gì '.repeat(625).trim()}?`,
  emoji: '🐳🚢🐋',
  invisible: '\u200b\u200c\u200d\u0000\u0007\ufeff',
  rtl: 'ما هو الحاوية؟ \u202eniatnoc',
  cypher: "'; MATCH (n) DETACH DELETE n //",
  markdown: '**bold** [link](https://example.com) `code` > quote ||spoiler||',
  everyone: '@everyone container là gì? <@123456789012345678> @here',
};
