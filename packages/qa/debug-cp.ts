import { openStore } from '@study-graph/graph';
import { Lexicon } from './src/lexicon.ts';
import { parseQuestion } from './src/question.ts';
import { Context } from './src/context.ts';
import { answerCommandPath } from './src/intents/command-path.ts';
const store = await openStore({ packDir: '/work/main/data/docker' });
const lex = await Lexicon.build(store);
for (const raw of process.argv.slice(2)) {
  const q = await parseQuestion(raw, lex, store, {});
  const r = await answerCommandPath(q, new Context(store, lex, q.locale));
  console.log(q.has('howto'), r?.lines);
}
