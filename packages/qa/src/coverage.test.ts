import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { cueWordMeant, uncoveredWords, Vocabulary } from './coverage.ts';
import { Lexicon } from './lexicon.ts';
import { normalizeQuestion } from './normalize.ts';
import { createQa, type Qa } from './qa.ts';
import { parseQuestion } from './question.ts';

describe('what the notes do not cover', () => {
  let lexicon: Lexicon;
  let qa: Qa;
  let store: Awaited<ReturnType<typeof dockerStore>>;
  beforeAll(async () => {
    store = await dockerStore();
    lexicon = await Lexicon.build(store);
    qa = await createQa(store);
  });

  /** The deciding words of a question, with nothing linked (the graph's own words are known). */
  const uncovered = (question: string) => {
    const { display, tokens } = normalizeQuestion(question);
    return uncoveredWords(
      display,
      tokens,
      tokens.map(() => false),
      lexicon.vocabulary,
    );
  };

  it('names a product or feature the notes never mention, as the learner wrote it', () => {
    expect(uncovered('Kubernetes khác gì Docker?')).toEqual(['Kubernetes']);
    expect(uncovered('HEALTHCHECK trong Dockerfile dùng sao?')).toEqual(['HEALTHCHECK']);
    expect(uncovered('podman co thay docker duoc ko')).toEqual(['podman']);
    // A model or a version is a name: "M1", "windows 10".
    expect(uncovered('How do I install Docker on an M1 Mac?')).toContain('M1');
    expect(uncovered('cai docker tren windows 10 home nhu the nao')).toContain('windows');
    // Capitalised as a sentence starts, after a full stop or a question mark, an everyday word names nothing.
    expect(uncovered('The container gets an address. True?')).toEqual([]);
    expect(uncovered('The container gets an address, True?')).toEqual(['True']);
  });

  it('knows the names the notes give, written as the Engine API writes them', async () => {
    // The notes: the states are "the seven values of `ContainerState.Status` in the Engine API".
    const states = await qa.ask(
      'Is "stopped" one of the official ContainerState.Status values in the Engine API?',
    );
    expect(states.found).toBe(true);
    expect(states.answer).toContain('exited');
  });

  it('reads a typo of a common English word as that word, never a name that adds a letter', () => {
    expect(uncovered('wht is a sandbox, cna u explain')).toEqual([]);
    expect(uncovered('how do i ship logs to fluentd')).toEqual(['fluentd', 'logs']);
    // One letter dropped from an everyday word is a slip; from a rarer one it may be a term the notes lack.
    expect(uncovered('does the client push images stright to the registry')).toEqual([]);
    expect(uncovered('does macvlan need promiscous mode')).toEqual(['promiscous']);
  });

  it("reads a word the notes never use that names a Docker CLI command as a feature they don't cover", async () => {
    expect(uncovered('how do I scale a service')).toEqual(['scale']);
    expect(uncovered('docker secret dùng sao vậy')).toEqual(['secret']);
    // An everyday word stays the sentence's, whatever the CLI calls a command ("show", "use").
    expect(uncovered('show me what a sandbox is')).toEqual([]);
    // Joining two things the notes cover, it is the learner's word for how they differ.
    expect((await qa.ask('whats the diff between the bridge and host network drivers')).found).toBe(true);
    expect((await qa.ask('lam sao xem logs cua container')).found).toBe(false);
    // Naming several things without joining them does not make it about them.
    expect((await qa.ask('Làm sao xem log của một container đang chạy?')).found).toBe(false);
  });

  it('reads a word the notes never use, opening a phrase that ends in a named thing, as a kind they lack', async () => {
    const declined = async (question: string) => {
      const answer = await qa.ask(question);
      return answer.found ? [] : [...answer.answer.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1]);
    };
    expect(await declined('chay windows container tren windows server kieu gi')).toContain('windows');
    expect(await declined('Which logging drivers does Docker support?')).toContain('logging');
    // Before a word the notes use, though it names nothing: an uncommon English modifier.
    expect(await declined("What's the difference between a bind mount and a named volume?")).toContain(
      'bind',
    );
    // A verb after its subject or before a preposition, a function word mistyped: the sentence's own words.
    for (const question of [
      'when a request hits host port 8080, how does it land on the container?',
      'how do I set up a network that stretches across several docker hosts?',
      'Which components actually run containers underneath docker nowadays?',
      'dose docker kill send SIGTERM first like docker stop?',
      'Why is a container often compared to a VM but still considered lighter?',
      'How to import an image tarball a friend sent me?',
      'what kinda objects does the docker daemon manage',
    ])
      expect((await qa.ask(question)).found, question).toBe(true);
  });

  it('takes an uncommon word right after a named thing as a name of its own ("docker compose")', () => {
    const decide = (question: string) => {
      const { display, tokens } = normalizeQuestion(question);
      return uncoveredWords(
        display,
        tokens,
        tokens.map((t) => t === 'docker'),
        lexicon.vocabulary,
      );
    };
    expect(decide('docker compose dùng để làm gì')).toEqual(['compose']);
    // After "does Docker", the word is what Docker does.
    expect(decide('what event does docker emit')).toEqual([]);
    // Only after a product's name: "workflow incl." is an abbreviation, not a product.
    const { display, tokens } = normalizeQuestion('diagram of the docker workflow incl. push and pull');
    const linked = tokens.map((t) => t === 'docker' || t === 'workflow');
    expect(
      uncoveredWords(display, tokens, linked, lexicon.vocabulary, {
        products: tokens.map((t) => t === 'docker'),
      }),
    ).toEqual([]);
  });

  it('takes a hyphenated word before a name, that the notes never write, as a kind they lack', () => {
    const decide = (question: string, name: string) => {
      const { display, tokens } = normalizeQuestion(question);
      return uncoveredWords(
        display,
        tokens,
        tokens.map((t) => t === name),
        lexicon.vocabulary,
      );
    };
    expect(decide('multi-stage build là gì', 'build')).toEqual(['multi-stage']);
    // The notes write "multi-host": a kind they cover.
    expect(decide('what is a multi-host network', 'network')).toEqual([]);
  });

  it('takes a hyphenated word opened by a preposition or conjunction as a setting’s value, not its second half', async () => {
    const found = async (question: string) => (await qa.ask(question)).found;
    expect(await found("what's the difference between the restart policies always and unless-stopped?")).toBe(
      false,
    );
    expect(await found('restart policy always với unless-stopped khác nhau sao')).toBe(false);
    // Written apart, "stopped" is the state the notes describe.
    expect(await found('what does a restart policy do when a container has stopped?')).toBe(true);
  });

  it('lets two unknown everyday words decide together, never one alone', () => {
    expect(uncovered('how to mirror a volume to a cloud bucket')).toEqual(['mirror', 'cloud', 'bucket']);
    expect(uncovered('draw the container states with the commands on each arrow')).toEqual([]);
  });

  it('reads Vietnamese words as how, when the question asks for a command the graph names', async () => {
    const a = await qa.ask('muốn tắt container nhẹ nhàng để app kịp dọn dẹp thì gõ gì?');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('docker stop');
    // Without their marks too, when they are no everyday English word.
    const bare = await qa.ask('muon tat container tu te, cho app kip don dep thi dung lenh nao');
    expect(bare.found).toBe(true);
    expect(bare.answer).toContain('docker stop');
    // Asking for no command, they still decide.
    expect((await qa.ask('docker có chạy được trên điện thoại không')).found).toBe(false);
    const { display, tokens } = normalizeQuestion('tắt container nhẹ nhàng cho kịp');
    const linked = tokens.map((t) => ['tat', 'container'].includes(t));
    expect(uncoveredWords(display, tokens, linked, lexicon.vocabulary, { anchors: 1 })).toEqual([
      'nhàng',
      'kịp',
    ]);
    expect(
      uncoveredWords(display, tokens, linked, lexicon.vocabulary, { anchors: 1, commandAsked: true }),
    ).toEqual([]);
  });

  it('reads unknown everyday words as the learner’s own when the question joins two named things', async () => {
    const { display, tokens } = normalizeQuestion('docker ce vs ee which one my boss reviews');
    const linked = tokens.map((t) => ['docker', 'ce', 'ee'].includes(t));
    expect(uncoveredWords(display, tokens, linked, lexicon.vocabulary, { anchors: 1 })).toEqual([
      'boss',
      'reviews',
    ]);
    expect(uncoveredWords(display, tokens, linked, lexicon.vocabulary, { anchors: 2 })).toEqual([]);
    // "docker scout": the product's name is part of another name, so it does not join the two.
    expect((await qa.ask('how do i scan my docker image for vulnerabilities with docker scout')).found).toBe(
      false,
    );
    expect(await qa.ask('walk me thru inbound traffic to a container')).toMatchObject({ found: true });
    // "and" between two clauses joins no two things: a logging driver is still a kind the notes lack.
    expect(
      await qa.ask('What is the default logging driver and where are container logs stored?'),
    ).toMatchObject({ found: false });
  });

  it('never counts the notes’ own words, cue words, chat shorthand or their typos', () => {
    expect(uncovered('Container là gì?')).toEqual([]);
    expect(uncovered('what is the diffrence between bridge and host')).toEqual([]);
    expect(uncovered('cac loai driver chia theo nhug kieu nao ntn')).toEqual([]);
    expect(uncovered('libcontainer thay thế LXC từ phiên bản nào?')).toEqual([]);
    // Words of time and idioms say when or how, never what.
    expect(uncovered('what runs containers nowadays')).toEqual([]);
    expect(uncovered('what tech does overlay use under the hood')).toEqual([]);
    expect(uncovered('what does a hood cover')).toEqual(['hood', 'cover']);
    // So do adverbs of manner and frequency; a word that merely ends in "ly" still names a thing.
    expect(uncovered('how do i stop a container nicely, even when it sometimes hangs')).toEqual([]);
    expect(uncovered('which family of drivers supply an assembly')).toEqual(['family', 'supply', 'assembly']);
  });

  it('reads an abbreviation’s expansion and a drawback as a definition and a reason, not as words the notes lack', async () => {
    expect(await qa.ask('CNM là viết tắt của gì?')).toMatchObject({ found: true, intent: 'definition' });
    expect(await qa.ask('what are the drawbacks of LXC?')).toMatchObject({ found: true });
  });

  it('reads a mistyped cue word as the cue it means, and a real word as written', async () => {
    expect(cueWordMeant('trafic')).toBe('traffic');
    expect(cueWordMeant('graphic')).toBe('graphic');
    expect(await qa.ask('what does container trafic pass through on its way out')).toMatchObject({
      intent: 'flow',
    });
  });

  /** Which words a vocabulary of one text knows, and which it does not. */
  const expectKnown = (text: string, known: string[], unknown: string[]) => {
    const vocabulary = new Vocabulary();
    vocabulary.add(text);
    for (const word of known) expect(vocabulary.knows(word), word).toBe(true);
    for (const word of unknown) expect(vocabulary.knows(word), word).toBe(false);
  };

  it('knows a word by its stem, a longer word within a typo, and a known word made a verb', () => {
    expectKnown(
      'Containers are isolated processes',
      ['isolation', 'procesess', 'containerized'],
      ['kubernetes', 'tokenized'],
    );
  });

  it('knows a word made from a known one, and a short form of one', () => {
    expectKnown(
      'use the destination address of a published port for ten seconds on different hosts',
      ['reusable', 'unpublished', 'dest', 'addr', 'sec', 'diff'],
      ['retainable'],
    );
  });

  it('reads a verb after a thing named as its verb, and "hostIP" as two words', async () => {
    for (const q of [
      'when a client hits hostIP:8080 (published) what rewrites the dest addr?',
      'which hops does traffic go thru when someone outside hits hostIP:8080 thats mapped to my container',
    ])
      expect((await qa.ask(q)).found, q).toBe(true);
    // An everyday adjective before a name says which one, not a kind the notes lack.
    expect((await qa.ask("What's Docker EE? is it something different from normal docker?")).found).toBe(
      true,
    );
    // A product named as written, then a word of its own: still a name the notes lack.
    expect((await qa.ask('docker compose dùng để làm gì vậy mn')).found).toBe(false);
  });

  it('knows a known stem with two letters swapped and an ending of its own, and nothing looser', () => {
    expectKnown('the container network and its port', ['netwroking'], ['portainer']);
  });

  it('takes a real word as written, never as a typo of another ("stage" is not "state")', () => {
    expectKnown('the container state', ['containr'], ['stage']);
  });

  it('looks a Vietnamese word written with diacritics up with them ("tiền" is not "tiến")', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('tiến trình chính của container');
    expect(vocabulary.knows('tien', 'tiến')).toBe(true);
    expect(vocabulary.knows('tien', 'tiền')).toBe(false);
    expect(vocabulary.knows('tien')).toBe(true);
  });

  it('counts words the notes never use, even those broad stopword lists hold ("giá tiền")', () => {
    expect(uncovered('Docker EE giá bao nhiêu tiền một năm?')).toEqual(['giá', 'tiền']);
  });

  it('reads a word of a cue phrase alone as content: "lưu" is save, outside "lưu lượng" (traffic)', async () => {
    const save = await parseQuestion('muốn lưu cấu hình của container', lexicon, store);
    expect(save.contentWords()).toContain('luu');
    const traffic = await parseQuestion('lưu lượng của container đi đâu', lexicon, store);
    expect(traffic.contentWords()).not.toContain('luu');
  });

  it('reads a common word in capitals as a keyword, covered only when the notes write it so', () => {
    expect(uncovered('When should I use ADD instead of COPY?')).toEqual(['ADD']);
    expect(uncovered('what does the LABEL line mean')).toEqual(['LABEL']);
    expect(uncovered('why is NAT needed')).toEqual([]);
  });

  it('takes a word in capitals only when the whole word is, wherever the text writes it', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add('Rules (NAT, "DNS"): the hostIPS and RULES2 of SNATted traffic');
    for (const word of ['NAT', 'DNS', 'RULES2']) expect(vocabulary.unknownCapitals(word), word).toBe(false);
    for (const word of ['IPS', 'SNAT', 'RULES']) expect(vocabulary.unknownCapitals(word), word).toBe(true);
  });

  it('declines a foreign word the notes never use that the question says a named thing has ("của")', async () => {
    expect(await qa.ask('xem metrics của container ở đâu')).toMatchObject({ found: false });
    // A Vietnamese syllable may end a longer word: "điểm yếu" is what the notes call a reason.
    expect(await qa.ask('điểm yếu của lxc là gì')).toMatchObject({ found: true });
  });

  it('declines the last word of a command the notes do not have, written after the product', async () => {
    expect(await qa.ask('what does docker system prune remove')).toMatchObject({ found: false });
    expect(await qa.ask('when should I run docker volume prune')).toMatchObject({ found: false });
    // A less common everyday word names the product's part; a common one goes on the sentence.
    expect(await qa.ask('docker service scale trong swarm mode dùng sao?')).toMatchObject({ found: false });
    expect(await qa.ask('Why doesn’t Docker need LXC anymore?')).toMatchObject({ found: true });
    expect(await qa.ask('why does docker create not start the container but docker run does')).toMatchObject({
      found: true,
    });
  });

  it('leaves the words found inside a name unlinked, for what they may say the notes lack', async () => {
    const q = await parseQuestion('docker service scale trong swarm mode dùng sao?', lexicon, store);
    expect(q.conceptList().map((c) => c.id)).toEqual(['swarm']);
    expect(q.contentWords()).toEqual(['service', 'scale', 'dung']);
  });

  it('declines in the learner’s language, naming the words and offering what the question does name', async () => {
    const vi = await qa.ask('Kubernetes pod khác gì container?');
    expect(vi).toMatchObject({ found: false, locale: 'vi', intent: 'unknown', sources: [] });
    expect(vi.answer).toContain('Ghi chép chưa nói về **Kubernetes**');
    expect(vi.suggestions.map((s) => s.id)).toEqual(['container']);
    const en = await qa.ask('How do I write a Docker Compose file?');
    expect(en.found).toBe(false);
    expect(en.answer).toMatch(/^The notes don't cover \*\*Compose\*\*/);
  });

  it('reads only the question, not a statement after it of where the learner met the thing', async () => {
    for (const q of [
      'docker0 là card mạng gì z? tự nhiên thấy nó trong ifconfig',
      'docker0 là cái card gì, tự nhiên thấy trong ifconfig',
      'wat is docker0 exactly? i see it in ifconfig',
    ])
      expect(await qa.ask(q), q).toMatchObject({ found: true, concepts: [{ id: 'docker0' }] });
    // What follows asks too, or what comes first does not: all of it is the question.
    for (const q of ['docker0 là gì, có dùng với ifconfig ko', 'tự nhiên thấy docker0, trong ifconfig'])
      expect((await qa.ask(q)).found, q).toBe(false);
    // A "ko" inside the statement asks nothing, and its cue words ("list") choose no reading.
    const overlay = await qa.ask('overlay network là gì, thấy trong list driver mà ko hiểu');
    expect(overlay).toMatchObject({ intent: 'definition', concepts: [{ id: 'overlay-driver' }] });
  });

  it('reads only the question, not a statement before it of a thing the question points back at', async () => {
    for (const q of [
      'cài docker xong thì ifconfig hiện thêm card docker0, card này là gì?',
      'after installing docker I saw a new bridge in ifconfig, what is this bridge?',
    ])
      expect((await qa.ask(q)).found, q).toBe(true);
    // A question that points at nothing the statement named is the question still.
    expect((await qa.ask('Sau khi cài Kubernetes, cluster này là gì?')).found).toBe(false);
  });

  it('answers the question after what the learner says they use, when the notes cover every word of it', async () => {
    const asked = async (q: string) => {
      const answer = await qa.ask(q);
      return answer.found ? answer.concepts.map((c) => c.id) : [];
    };
    expect(
      await asked(
        "I'm doing a Kubernetes course but quick detour: what does the 'dead' state of a container mean?",
      ),
    ).toContain('dead');
    expect(
      await asked(
        'Bên mình xài Docker Compose là chính nhưng mình muốn hiểu lệnh gốc: làm sao tạo container mà chưa chạy?',
      ),
    ).toContain('docker-create');
    // A word the notes lack in the question itself ("pod", "scale") still declines it.
    expect(await asked("I use Kubernetes: what's the difference between a pod and a container?")).toEqual([]);
    expect(await asked("I'm using Docker Compose but how do I scale services?")).toEqual([]);
    // Nor is a product named without the learner saying they use it a preface.
    expect(await asked('Kubernetes: what does the dead state of a container mean?')).toEqual([]);
  });

  it('reads what a command named runs on ("docker run nginx") as no topic, and a word after that as one', async () => {
    const nginx = await qa.ask(
      "why can't I reach my container from outside the host when I just do docker run nginx?",
    );
    expect(nginx.found).toBe(true);
    expect((await qa.ask('docker run -d -p 8080:80 nginx thì truy cập thế nào')).found).toBe(true);
    expect((await qa.ask('docker run có hỗ trợ healthcheck không')).found).toBe(false);
  });

  it('declines a question that names nothing of the graph, however many words a passage shares with it', async () => {
    const chat = await qa.ask('tuan sau thi giua ky mon mang may tinh roi ae on chua');
    expect(chat.found).toBe(false);
  });

  it('still answers what the notes cover, in other words', async () => {
    for (const q of [
      'how do i get a stopped container running again',
      'What replaced LXC in Docker?',
      // The opposite of "free" that a yes or a no reads: the notes cover whether it costs money.
      'Does Docker EE cost money or is it free too?',
      // What a thing is for, and words that only say "after all".
      'Docker daemon rốt cuộc là gì, nó làm nhiệm vụ gì?',
      'libnetwork có vai trò gì trong mạng của docker',
      // "thực chất" (in essence) says nothing; a verb opening a clause is no kind of what follows it.
      'docker run thực chất là gộp của những lệnh nào?',
      'Does the Docker Engine call the network drivers directly, skipping libnetwork?',
      // An idiom of how to answer ("supposed to", "in one sentence") names nothing.
      "what's libnetwork supposed to be, in one sentence?",
      // "somewhere" is an indefinite; "teamate" drops a letter of "teammate"'s double m.
      'how do i upload my imgae somewhere so my teamate can download it on his laptop?',
    ]) {
      expect((await qa.ask(q)).found, q).toBe(true);
    }
  });
});
