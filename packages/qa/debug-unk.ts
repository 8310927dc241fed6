import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { openStore } from '@study-graph/graph';
import { Lexicon } from './src/lexicon.ts';
import { parseQuestion } from './src/question.ts';
import { isContentWord, uncoveredWords } from './src/coverage.ts';
const store = await openStore({ packDir: '/work/main/data/docker' });
const lex = await Lexicon.build(store);
for (const file of process.argv.slice(2)) for (const c of parse(readFileSync(file, 'utf8'))) {
  if (c.found === false) continue;
  const q = await parseQuestion(c.q, lex, store, {});
  const linked = q.linkedTokens();
  const disp = new Map(q.text.display.toLowerCase().split(/[^\p{L}\p{N}]+/u).map((w) => [w.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd'), w]));
  const unk = q.tokens.filter((t, i) => !linked[i] && isContentWord(t) && !lex.vocabulary.knows(t, disp.get(t) ?? t));
  const dec = uncoveredWords(q.text.display, q.tokens, linked, lex.vocabulary, q.productTokens());
  if (unk.length) console.log(dec.length ? 'DECL' : '    ', unk.join(','), '|', c.q);
}
