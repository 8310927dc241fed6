import { dockerStore } from './src/__tests__/docker-pack.ts';
import { Lexicon } from './src/lexicon.ts';
import { parseQuestion } from './src/question.ts';

const store = await dockerStore();
const lexicon = await Lexicon.build(store);
for (const t of process.argv.slice(2)) {
  const q = await parseQuestion(t, lexicon, store);
  console.log(
    q.tokens.join(' '),
    '|',
    [...q.concepts, ...q.views].map((m) => `${m.id}:${m.type}:${m.role ?? '-'}`).join(' '),
    '| cues',
    [
      'howto',
      'commandNoun',
      'lifecycle',
      'command',
      'comparison',
      'traffic',
      'diagram',
      'definition',
      'members',
      'parts',
    ].filter((c) => q.has(c as never)),
  );
}
