import { openStore } from '@study-graph/graph';
import { Lexicon } from './src/lexicon.ts';
import { parseQuestion } from './src/question.ts';
const store = await openStore({ packDir: '/work/main/data/docker' });
const lex = await Lexicon.build(store);
for (const raw of process.argv.slice(2)) {
  const q = await parseQuestion(raw, lex, store, {});
  console.log(raw, '|', q.tokens.join(' '), '|', q.concepts.map(m=>`${m.id}@${m.start}-${m.end}:${m.role}`).join(' '), q.views.map(v=>v.id), q.contentWords());
}
