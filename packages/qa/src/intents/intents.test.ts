import { fold, type MemoryStore } from '@study-graph/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from '../__tests__/docker-pack.ts';
import { MAX_ANSWER_LENGTH } from '../answer.ts';
import { Context } from '../context.ts';
import { Lexicon } from '../lexicon.ts';
import { createQa, type Qa } from '../qa.ts';

describe('intents on the Docker pack', () => {
  let store: MemoryStore;
  let qa: Qa;
  beforeAll(async () => {
    store = await dockerStore();
    qa = await createQa(store);
  });
  const has = (text: string, ...words: string[]) => words.every((w) => fold(text).includes(fold(w)));
  /** What the first question's answer says and the second's, asked otherwise, does not. */
  const saysOnlyFor = async (said: string, asked: string, otherwise: string) => {
    expect((await qa.ask(asked)).answer, asked).toContain(said);
    expect((await qa.ask(otherwise)).answer, otherwise).not.toContain(said);
  };
  /** The answer to a question says one thing and not another. */
  const saysInstead = async (asked: string, said: string, notSaid: string) => {
    const { answer } = await qa.ask(asked);
    expect(answer, asked).toContain(said);
    expect(answer, asked).not.toContain(notSaid);
  };
  /** Questions whose cue words mean something else get no such reading; the one that means it does. */
  const onlyMeantAs = async (intent: string, otherwise: string[], meant: string) => {
    for (const q of otherwise) expect((await qa.ask(q)).intent, q).not.toBe(intent);
    expect((await qa.ask(meant)).intent, meant).toBe(intent);
  };
  /** The first line of a question's answer: where a yes or a no goes. */
  const firstLine = async (q: string) => (await qa.ask(q)).answer.split('\n')[0];
  /** A question answered with a verdict first, then lines that say (or match) why. */
  const verdictThen = async (q: string, verdict: string, why: string | RegExp) => {
    const { answer } = await qa.ask(q);
    expect(answer.split('\n')[0], q).toBe(verdict);
    if (typeof why === 'string') expect(answer, q).toContain(why);
    else expect(answer, q).toMatch(why);
  };
  /** What a question's answer draws, and a figure to draw. */
  const drawn = async (q: string) => (await qa.ask(q)).diagram;
  const figure = (viewId: string) => ({ kind: 'view', viewId });

  it('definition: the summary from the graph, in the question language, with its source', async () => {
    const image = (await store.getConcept('image'))!;
    const vi = await qa.ask('Docker image là gì?');
    expect(vi).toMatchObject({
      intent: 'definition',
      locale: 'vi',
      found: true,
      concepts: [{ id: 'image' }],
    });
    expect(vi.answer).toContain(image.summary.vi);
    expect(vi.answer).toMatch(/\nNguồn: .+/);
    const en = await qa.ask('what is an image');
    expect(en.answer).toContain(image.summary.en);
    expect(en.answer).toMatch(/\nSource: .+/);
  });

  it('definition asked, then something more: what the thing is comes first, then the rest', async () => {
    const ipam = (await store.getConcept('ipam'))!;
    const a = await qa.ask('IPAM là gì thế, nó có phải một loại driver ko');
    expect(a.answer.split('\n')[0]).toBe(`**${ipam.name.vi}**: ${ipam.summary.vi.split(/(?<=[.;])\s/)[0]}`);
    expect(a.answer).toContain('Driver của libnetwork');
  });

  it('definition: the concept asked about, not the one that only says where', async () => {
    for (const q of [
      'sandbox trong mô hình mạng CNM là gì?',
      'What is the sandbox in CNM?',
      'container trong docker là gì',
    ])
      expect((await qa.ask(q)).concepts[0]?.id, q).toBe(
        q.toLowerCase().startsWith('container') ? 'container' : 'sandbox',
      );
  });

  it('definition: "X là sao" asks what X is', async () => {
    const removing = await qa.ask('Trạng thái removing là sao, xong rồi container đi đâu?');
    expect(removing.intent).toBe('definition');
    expect(removing.concepts[0]?.id).toBe('removing');
  });

  it('definition: "in the container" only says where, and "làm ntn" asks how', async () => {
    expect((await qa.ask('cgroups - what are they, in the container context?')).concepts[0]?.id).toBe(
      'cgroups',
    );
    const how = await qa.ask('muon tao container ma chua cho chay thi lam ntn');
    expect(how.intent).toBe('howto');
    expect(how.answer).toContain('`docker create');
  });

  it('why: the reason the graph holds for an edge at the most specific thing named', async () => {
    const vm = await qa.ask('Tại sao container nhẹ hơn máy ảo?');
    const edge = (await store.relationsOf('virtual-machine')).find((r) => r.reason)!;
    expect(vm.locale).toBe('vi');
    // Asked why, the reason comes first, whichever way of answering tells it.
    expect(vm.answer.split('\n')[0]).toBe(`**Lý do:** ${edge.reason!.vi}`);
    // Asked of a kind, the reasons of its members: NAT's are MASQUERADE's and DNAT's.
    const nat = await qa.ask('Why is NAT needed?');
    for (const id of ['masquerade', 'dnat'])
      expect(nat.answer).toContain((await store.relationsOf(id)).find((r) => r.reason)!.reason!.en);
    // Not the reason of the thing everything else hangs on ("container"), but of what was asked.
    const bridge = await qa.ask('Tại sao container trên bridge mà ko -p thì bên ngoài ko vào được?');
    expect(bridge.answer).toContain((await store.relationsOf('dnat')).find((r) => r.reason)!.reason!.vi);
    // "sao phải …": why one must.
    const must = await qa.ask('sao phải thêm -p khi chạy container web vậy, ko có thì sao');
    expect(must.intent).toBe('why');
    expect(must.answer).toContain((await store.relationsOf('dnat')).find((r) => r.reason)!.reason!.vi);
    // "pick X over Y": both sides; a reason about one side alone does not speak of the other.
    const over = await qa.ask('Why would I pick overlay over bridge for my network?');
    expect(over.intent).toBe('comparison');
    expect(has(over.answer, 'several hosts', 'single host')).toBe(true);
    // "sao X lại …": why, with the subject between.
    const lxc = await qa.ask('sao docker lai bo LXC de dung libcontainer vay');
    expect(lxc.intent).toBe('why');
    expect(lxc.answer).toContain('libcontainer');
  });

  it('why: a passage of the notes that leaves out the thing asked about answers no why of it', async () => {
    const a = await qa.ask('vi sao cgroups quan trong voi container');
    expect(a.intent).not.toBe('notes');
    expect(a.answer.split('\n')[0]).toContain('cgroups');
  });

  it('a syllable of the question glued into another word of a passage is not said by it', async () => {
    // "cấu hình" against the "mô hình" of a passage on the high-level model.
    const a = await qa.ask('cấu hình sao để container tự chạy lại khi bị dừng');
    expect(a.intent).not.toBe('notes');
    expect(a.answer).toContain('--restart');
  });

  it('why, with no reason on an edge: what the thing itself does', async () => {
    const a = await qa.ask('Why is a container called an instance of an image?');
    expect(a.intent).toBe('why');
    expect(a.answer).toContain((await store.getConcept('image'))!.summary.en);
    // What it does is no reason for what its summary never says ("slow").
    expect((await qa.ask('why is docker slow?')).answer).not.toMatch(/^\*\*Why:\*\*/);
  });

  it('why a container is in a state: the moves into it, with what causes them', async () => {
    const dead = await qa.ask('Vì sao container lại có trạng thái dead?');
    expect(dead.intent).toBe('why');
    const into = (await store.transitions({ to: 'dead' })).filter((r) => r.from !== 'dead');
    expect(into.length).toBeGreaterThan(0);
    for (const r of into) if (r.note) expect(dead.answer).toContain(r.note.vi);
  });

  it('relation: the path explained edge by edge', async () => {
    const a = await qa.ask('How is an image related to a container?');
    expect(a.intent).toBe('relation');
    const path = (await store.shortestPath('image', 'container'))!;
    for (const step of path.steps) expect(a.answer).toContain(step.relation.label.en);
    expect(a.diagram).toEqual({ kind: 'path', from: 'image', to: 'container' });
  });

  it('relation: between the ends said ("from the CLI down to the kernel"), whatever is named first', async () => {
    const a = await qa.ask('with docker, how do you get from the CLI down to the linux kernel?');
    expect(a.concepts.slice(0, 2).map((c) => c.id)).toEqual(['docker-cli', 'linux-kernel']);
    expect(a.answer).toContain('**libcontainer**');
  });

  it('relation: two things joined directly, by every edge between them, each way', async () => {
    const a = await qa.ask('whats the relatinship between a sandbox and endpoints?');
    const direct = (await store.relationsOf('sandbox')).filter(
      (r) => r.from === 'endpoint' || r.to === 'endpoint',
    );
    expect(direct.length).toBeGreaterThan(1);
    for (const r of direct) expect(a.answer).toContain(r.label.en);
  });

  it('relation: joined directly, and a part of one used the other until it was replaced', async () => {
    const a = await qa.ask('Giữa Docker và LXC có mối liên hệ gì không?');
    expect(a.intent).toBe('relation');
    expect(a.answer).toContain('**LXC** là lựa chọn thay thế cho **Docker**');
    expect(a.answer).toMatch(/\*\*Docker daemon\*\* từng dùng .*\*\*LXC\*\*/);
    expect(a.answer).toMatch(/\*\*libcontainer\*\* đã thay thế \*\*LXC\*\* \(1\.10\)/);
    // Nothing was replaced between a container and docker0: only their own edges.
    expect((await qa.ask('How are a container and docker0 related?')).answer).not.toMatch(/replaced/);
  });

  it('via: whether a thing sits between two others, yes when the chain goes through it, asked once', async () => {
    const a = await qa.ask('Does libnetwork sit between the Docker Engine and the network drivers?');
    const lines = a.answer.split('\n');
    expect(lines[0]).toBe('**Yes.**');
    expect(lines[1]).not.toMatch(/^\*\*(Yes|No)\.\*\*$/);
    expect(a.answer).toContain('through **libnetwork**');
    // Not through it: no yes, and no other verdict read into the chain.
    expect(
      await firstLine('Does the REST API sit between the Docker Engine and the network drivers?'),
    ).not.toBe('**Yes.**');
  });

  it('via: no to "directly" or "skipping" a thing, when the figures join the two through it', async () => {
    await verdictThen(
      'Does the Docker Engine call the network drivers directly, skipping libnetwork?',
      '**No.**',
      'through **libnetwork**',
    );
    await verdictThen(
      'Does the docker CLI create and manage containers by itself, without going through the daemon?',
      '**No.**',
      'through **Docker daemon**',
    );
    // The shortest chain passes the client's `docker pull`; the figure draws client → daemon → registry.
    await verdictThen(
      'does the client talk to the registry directly, skipping the daemon?',
      '**No.**',
      'through **Docker daemon**',
    );
    // Joined by an edge of their own: no such no.
    expect((await qa.ask('does the docker client talk to the daemon directly?')).answer).not.toMatch(
      /^\*\*No/,
    );
  });

  it('via: what lies between two things in a figure that shows both, along its arrows', async () => {
    const a = await qa.ask('Container được nối vào docker0 bằng cái gì?');
    expect(a.diagram).toEqual({ kind: 'view', viewId: 'docker0' });
    expect(a.answer).toContain((await store.getConcept('container-eth0'))!.name.vi);
    // A thing that replaced another joins nothing: LXC reaches the kernel through liblxc.
    const lxc = await qa.ask('Còn LXC thì kết nối với kernel qua j?');
    expect(lxc.answer).toContain('**liblxc**');
    expect(lxc.answer).not.toContain('**libcontainer**');
    // How a thing is wired to another ("nối vô … kiểu gì", "hooked up to") asks what lies between;
    // a possessor ("the container's sandbox") is whose, not an end.
    for (const q of ['container nối vô docker0 kiểu gì', 'how is a container hooked up to docker0?'])
      expect((await qa.ask(q)).answer, q).toContain('veth');
    const sandbox = await qa.ask("how is a container's sandbox hooked up to a CNM network?");
    expect(sandbox.answer).toContain('**Endpoint**');
    // "qua những gì", "what sits between A and B": the ends are the two named after "between".
    for (const q of [
      'Docker daemon nối tới Linux kernel qua những gì?',
      'What layers sit between the Docker daemon and the Linux kernel?',
    ]) {
      const between = await qa.ask(q);
      expect(has(between.answer, 'containerd', 'runc', 'libcontainer'), q).toBe(true);
      expect(between.diagram, q).toEqual({ kind: 'view', viewId: 'lxc-vs-docker' });
    }
  });

  it('via: a kind of one end is not something between the two', async () => {
    // The IPAM driver is one of libnetwork's drivers, not a step from libnetwork to them.
    const a = await qa.ask('what sits between libnetwork and the drivers');
    expect(a.answer).not.toContain('through **IPAM driver**');
  });

  it('via: past two things joined directly, the next two named with something between', async () => {
    const a = await qa.ask('lệnh docker run gõ ở CLI đi tới daemon qua đâu?');
    expect(a.intent).toBe('relation');
    expect(has(a.answer, 'REST API', 'Docker daemon')).toBe(true);
    expect(a.answer).not.toMatch(/qua :/);
  });

  it('definition: "the docker commit command", "lệnh docker commit" names the command, it asks for none', async () => {
    for (const q of ['what does the docker commit command do', 'lệnh docker commit làm gì'])
      expect(await qa.ask(q), q).toMatchObject({ intent: 'definition', concepts: [{ id: 'docker-commit' }] });
  });

  it('relation through an intermediate concept', async () => {
    const a = await qa.ask('how does the engine talk to the drivers?');
    expect(a.intent).toBe('relation');
    expect(has(a.answer, 'libnetwork')).toBe(true);
  });

  it('relation: along the figure whose title names one end, not through whatever is shortest', async () => {
    const a = await qa.ask('how does dockerd get down to the linux kernel');
    expect(a.intent).toBe('relation');
    expect(has(a.answer, 'containerd', 'runc', 'libcontainer')).toBe(true);
    expect(a.diagram).toEqual({ kind: 'view', viewId: 'lxc-vs-docker' });
    // Docker is not in that figure: its part that is (the daemon, in the Engine) stands for it.
    const docker = await qa.ask('how does docker reach the linux kernel');
    expect(has(docker.answer, 'Docker Engine', 'Docker daemon', 'libcontainer')).toBe(true);
  });

  it('relation and via: through two figures that share a thing, when no figure shows both ends', async () => {
    // The CLI is drawn with the daemon (figure 1), the kernel with the daemon (figure 4): not the
    // shorter way through "a container shares the host's kernel".
    for (const q of [
      'how does a docker cli command get all the way down to the linux kernel?',
      'docker cli xuống tới kernel qua những gì',
    ]) {
      const a = await qa.ask(q);
      expect(has(a.answer, 'Docker daemon', 'containerd', 'runc', 'libcontainer'), q).toBe(true);
      expect(a.diagram, q).toEqual({ kind: 'view', viewId: 'lxc-vs-docker' });
      expect(a.answer, q).toMatch(/figure 1|hình 1/);
    }
  });

  it('members: the things of the kind asked for near what is named, such as the lifecycle’s events', async () => {
    const a = await qa.ask('liệt kê các event của engine trong vòng đời container');
    expect(a.intent).toBe('members');
    expect(has(a.answer, 'create', 'die', 'destroy', 'oom')).toBe(true);
    expect(a.diagram).toEqual({ kind: 'lifecycle' });
    const features = await qa.ask('which kernel features does docker use?');
    expect(has(features.answer, 'namespaces', 'cgroups')).toBe(true);
  });

  it('members: all of the kind in the figure of a thing named that shows most of them; one named is asked about', async () => {
    const events = (await store.listConcepts()).filter((c) => c.kind === 'event').map((c) => c.id);
    const emitted = await qa.ask("Which events does the Docker engine emit during a container's life?");
    expect(emitted.concepts.map((c) => c.id).sort()).toEqual(events.sort());
    const destroy = await qa.ask("What does the 'destroy' engine event mean for a container?");
    expect(destroy.concepts[0]?.id).toBe('event-destroy');
    expect(has(destroy.answer, 'docker rm')).toBe(true);
  });

  it('comparison: both sides and what separates them', async () => {
    const a = await qa.ask('Driver host khác driver bridge thế nào?');
    expect(a.intent).toBe('comparison');
    expect(a.concepts.map((c) => c.id)).toEqual(['host-driver', 'bridge-driver']);
    expect(a.diagram).toEqual({ kind: 'comparison', a: 'host-driver', b: 'bridge-driver' });
  });

  it('comparison: the two things compared, though their names also name a figure', async () => {
    // "so sánh LXC và Docker" is one of figure 4's names.
    const view = (await store.listViews()).find((v) => v.aliases.vi.includes('so sánh lxc và docker'));
    expect(view).toBeDefined();
    const a = await qa.ask('so sánh LXC và Docker');
    expect(a.intent).toBe('comparison');
    expect(a.concepts.map((c) => c.id)).toEqual(['lxc', 'docker']);
  });

  it('comparison: two names joined by "vs" stay two, and a figure named says which one is meant', async () => {
    const a = await qa.ask('Network vs endpoint in CNM: how are they different?');
    expect(a.intent).toBe('comparison');
    expect(a.concepts.map((c) => c.id)).toEqual(['cnm-network', 'endpoint']);
    // Without the figure, "network" is a Docker network.
    const plain = await qa.ask('network vs endpoint: how are they different?');
    expect(plain.concepts.map((c) => c.id)).toEqual(['network', 'endpoint']);
    // After a word of talking, "vs" is teencode for "với" (with).
    const kernel = await qa.ask('docker bây giờ giao tiếp vs kernel linux qua cái gì');
    expect(kernel.intent).not.toBe('comparison');
    expect(has(kernel.answer, 'libcontainer')).toBe(true);
  });

  it('parts: the components of a concept', async () => {
    const a = await qa.ask('Container network model gồm những gì?');
    expect(a.intent).toBe('parts');
    const parts = (await store.relationsOf('cnm', ['HAS_COMPONENT'])).filter((r) => r.from === 'cnm');
    for (const r of parts) expect(a.answer).toContain((await store.getConcept(r.to))!.name.vi);
    // "gồm mấy phần" is answered with the count first.
    expect(a.answer).toMatch(new RegExp(`^\\*\\*[^*]+\\*\\* gồm ${parts.length} thành phần:`));
  });

  it('parts: not of a thing the components do something to', async () => {
    expect((await qa.ask('What are the components of a container?')).intent).toBe('parts');
    expect((await qa.ask('Which components run containers?')).intent).not.toBe('parts');
  });

  it('parts and kinds: of the thing named, not of the platform it is in', async () => {
    const a = await qa.ask('Các loại driver network trong Docker gồm những gì?');
    expect(a.intent).toBe('members');
    expect(has(a.answer, 'bridge', 'overlay', 'macvlan')).toBe(true);
    expect((await qa.ask('Docker gồm những gì?')).intent).toBe('parts');
    const there = await qa.ask('what network drivers are there in docker');
    expect(there.intent).toBe('members');
    expect(has(there.answer, 'bridge', 'host', 'overlay', 'macvlan', 'none')).toBe(true);
  });

  it('members: the kinds of a category, one level down too', async () => {
    const a = await qa.ask('List the native network drivers');
    expect(a.intent).toBe('members');
    expect(has(a.answer, 'bridge', 'host', 'overlay', 'macvlan', 'none')).toBe(true);
  });

  it('members: only of a kind named beside the cue ("kiểu gì" at the end asks how)', async () => {
    expect((await qa.ask('container có mấy loại')).intent).toBe('members');
    expect((await qa.ask('Container nối docker0 thì đi ra Internet theo kiểu gì')).intent).toBe('flow');
  });

  it('facts: the edges whose words the question uses, both directions', async () => {
    const out = await qa.ask('What does the Docker daemon manage?');
    expect(out.intent).toBe('facts');
    expect(has(out.answer, 'image', 'container', 'network', 'volume')).toBe(true);
    const back = await qa.ask('What replaced LXC?');
    expect(back.intent).toBe('facts');
    expect(has(back.answer, 'libcontainer')).toBe(true);
  });

  it('facts: the fact first, then what the thing is', async () => {
    const stop = (await store.getConcept('docker-stop'))!;
    const lines = (await qa.ask('Does docker stop send SIGTERM first?')).answer.split('\n');
    expect(lines.findIndex((l) => l.includes('SIGTERM'))).toBeLessThan(
      lines.findIndex((l) => l.includes(stop.summary.en)),
    );
    expect(lines.some((l) => l.includes(stop.summary.en))).toBe(true);
  });

  it('a concept that only says whose figure it is leaves the question about the figure', async () => {
    const a = await qa.ask('Mô hình high level của Docker gồm những phần nào?');
    for (const part of ['Client', 'Docker host', 'Registry']) expect(a.answer).toContain(part);
    expect(a.answer).not.toContain('**Docker** gồm');
    // The same when the figure's own name holds whose it is ("Docker's high-level architecture").
    for (const question of [
      "What are the main parts of Docker's high-level architecture?",
      'kien truc high level cua docker gom may phan',
      // Or among the words that name it.
      'What are the 3 main parts of the high-level Docker architecture?',
    ]) {
      const b = await qa.ask(question);
      for (const part of ['Client', 'Registry']) expect(b.answer, question).toContain(part);
    }
    // A figure named by the concept's own name is still about the concept.
    expect((await qa.ask('CNM gồm những thành phần nào?')).concepts.map((c) => c.id)).toContain('cnm');
  });

  it('howto without a thing: its commands left out, the one whose product does the moving first', async () => {
    for (const question of [
      'how to move an image to another machine without using a registry',
      'lam sao chuyen image qua may khac ma ko xai registry',
    ]) {
      const a = await qa.ask(question);
      expect(a.intent, question).toBe('howto');
      const first = a.answer.split('\n').find((l) => l.startsWith('• '));
      expect(first, question).toContain('docker save');
      expect(a.answer, question).not.toContain('docker push');
    }
  });

  it('howto: a command with the later sentence of its summary that says what the question asks', async () => {
    // Nothing of the question said later ("exited"): the first sentence only.
    await saysOnlyFor(
      '`docker rm -f`',
      'how do i delete a running container?',
      'how do I remove an exited container?',
    );
  });

  it('howto: what the learner has no part in ("a server that has no internet") is no flow to follow', async () => {
    const a = await qa.ask('server has no internet, how do I move an image onto it as a file?');
    expect(a.intent).toBe('howto');
    expect(has(a.answer, 'docker save', 'docker load')).toBe(true);
  });

  it('howto out of a state: the moves out of it, never a command that leads into it', async () => {
    await saysInstead('which commands move a container out of running?', '`docker stop`', '`docker run');
    // The state the container is said to be in is where it leaves from, not a stop on a way.
    await saysInstead(
      "my container is sitting in 'created', how do I actually get it going?",
      '`docker start`',
      '`docker create',
    );
    expect((await qa.ask('the container is running, how do I pause it')).answer).not.toContain('`docker run');
    // Nor an end of a relation with the container: "How Container and Created are connected" says nothing.
    const created = await qa.ask('container đã create rồi mà chưa chạy, giờ muốn chạy thì sao');
    expect(created.intent).toBe('lifecycle');
    expect(created.answer).toContain('`docker start`');
    // Named again ("chạy tiếp"), the state is where it goes back to.
    expect((await qa.ask('Làm sao tạm dừng một container đang chạy rồi cho nó chạy tiếp?')).answer).toContain(
      '`docker unpause',
    );
  });

  it('howto: the state a thing is in is detail beside two things joined', async () => {
    const a = await qa.ask('container đang chạy thì lưu thành image bằng cách nào');
    expect(a.answer.match(/^• `(docker \w+)/m)?.[1]).toBe('docker commit');
  });

  it('an adverb after a command is not a part of it the notes lack', async () => {
    const a = await qa.ask('Is docker run basically docker create + docker start?');
    expect(a.found).toBe(true);
    expect(a.answer).toContain('`docker run` = `docker create` + `docker start`');
    // A plural after it is: the notes don't cover "docker secrets".
    expect((await qa.ask('docker secrets là gì')).found).toBe(false);
    expect((await qa.ask('How do I use docker secrets?')).found).toBe(false);
  });

  it('flow: what comes before a verb of reaching is the start, what follows the goal', async () => {
    const a = await qa.ask('Làm sao để máy bên ngoài truy cập được web chạy trong container?');
    expect(a.diagram).toEqual({ kind: 'view', viewId: 'inbound' });
    expect(a.answer).toMatch(/publish/);
  });

  it('relation asked how: what lies between two things joined directly, from the figure drawn for it', async () => {
    const a = await qa.ask('How do two containers on the default docker0 bridge talk to each other?');
    expect(a.answer).toContain('is attached by default to **docker0**');
    expect(a.answer).toMatch(/veth/);
    expect((await qa.ask('How are a container and docker0 related?')).answer).not.toMatch(/veth/);
  });

  it('a reply that takes in both ends of the way asked goes before one about either end', async () => {
    const a = await qa.ask('đường đi từ docker xuống kernel linux hiện nay qua những thành phần nào?');
    expect(has(a.answer, 'containerd', 'runc', 'libcontainer')).toBe(true);
  });

  it('"end up in a state" is how a container gets there, not the end of a veth pair', async () => {
    const a = await qa.ask('why would a container end up in the dead state');
    expect(a.answer).toMatch(/failed to remove/);
    expect(a.answer).not.toMatch(/veth/);
  });

  it('"building blocks" asks for parts; it does not name docker build', async () => {
    const a = await qa.ask('What are the three building blocks of the Container Network Model?');
    expect(a.intent).toBe('parts');
    for (const part of ['Sandbox', 'Endpoint', 'network']) expect(a.answer).toContain(part);
    expect(a.answer).not.toContain('docker build');
    expect(
      (await qa.ask('what does building an image with docker build need?')).concepts.map((c) => c.id),
    ).toContain('docker-build');
  });

  it('facts and things joined directly: a case from the notes shows the relation at work', async () => {
    const attached = (await store.relationsOf('frontend-container')).filter(
      (r) => r.type === 'ATTACHED_TO' && r.from === 'frontend-container',
    );
    expect(attached.length).toBeGreaterThanOrEqual(2);
    for (const q of [
      'Can one container be attached to two networks at once?',
      '1 container có thể nối vô 2 network cùng lúc đc ko',
    ]) {
      const a = await qa.ask(q);
      const names = await Promise.all(
        ['frontend-container', ...attached.map((r) => r.to)].map(
          async (id) => (await store.getConcept(id))!.name[a.locale],
        ),
      );
      expect(has(a.answer, ...names), q).toBe(true);
    }
  });

  it('described: the one kind of a thing named that the question describes', async () => {
    const cases = {
      "How do I make a network where the containers can't reach the internet?": 'internal-network',
      'muon chay container ma ko co mang thi dung driver nao': 'none-driver',
      'which driver gives each container its own MAC address?': 'macvlan-driver',
      'which network driver spans multiple hosts?': 'overlay-driver',
      // The group of native drivers lists what each does ("overlay (nhiều host)"): no rival to it.
      'dùng driver nào để container ở nhiều host khác nhau nói chuyện được': 'overlay-driver',
      // "các container" before asks one driver still; "nói chuyện" (talk) is a word of the notes.
      'Muốn các container nằm trên nhiều host khác nhau nói chuyện được với nhau thì chọn driver nào?':
        'overlay-driver',
      // "dùng" frames the question, not ipvlan's "dùng chung"; "MAC riêng" is macvlan's own phrase.
      'muốn container có MAC riêng thì dùng driver nào': 'macvlan-driver',
      // "different hosts" is overlay's "several hosts", not bridge's "a single host"; in English,
      // "to" and "each other" are no Vietnamese syllables the notes pair.
      'want containers on different hosts to talk to each other, which driver do I use': 'overlay-driver',
    };
    for (const [q, id] of Object.entries(cases)) expect((await qa.ask(q)).concepts[0]?.id, q).toBe(id);
  });

  it('described: never one kind when all are asked for, nor for a thing that only takes part', async () => {
    const all = await qa.ask('Which native network drivers does Docker ship with?');
    expect(has(all.answer, 'bridge', 'host', 'overlay', 'macvlan', 'none'), all.answer).toBe(true);
    const part = await qa.ask(
      'How does a request from outside get to a container that has a published port?',
    );
    expect(part.intent).toBe('flow');
  });

  it('described: all kinds asked for and described are the group of kinds so described', async () => {
    const native = await qa.ask('What network drivers come built into docker out of the box?');
    expect(native.concepts[0]?.id).toBe('native-network-driver');
    expect(has(native.answer, 'bridge', 'host', 'overlay', 'macvlan', 'none')).toBe(true);
    // A Docker network has kinds of its own, but groups no kinds of Docker objects.
    const objects = await qa.ask('Which Docker objects does the daemon create and manage?');
    expect(objects.concepts[0]?.id).not.toBe('network');
  });

  it('a case from the notes only where its relations say the same thing, never a kind of a kind', async () => {
    const ctx = new Context(store, await Lexicon.build(store), 'en');
    const concept = async (id: string) => (await store.getConcept(id))!;
    expect(await ctx.example(await concept('container'), 'ATTACHED_TO')).not.toBeNull();
    // A Docker container is resource-limited with cgroups, shares the kernel, ...: no one thing twice.
    expect(await ctx.example(await concept('application-container'), 'USES')).toBeNull();
    expect(await ctx.example(await concept('network-driver'), 'IS_A')).toBeNull();
  });

  it('source: where a thing comes from, by the edges that say "from", not where it goes too', async () => {
    const registry = (await store.getConcept('registry'))!;
    for (const q of ['Daemon lấy image từ đâu về vậy mn?', 'where does the daemon get images from']) {
      const a = await qa.ask(q);
      expect(a.answer, q).toContain(`**${registry.name[a.locale]}**`);
      expect(a.answer, q).toMatch(/^(Where|\*\*Docker image\*\* đến từ)/);
    }
    const both = await qa.ask('Khi gõ docker pull thì image đi từ đâu về đâu?');
    expect(both.answer).not.toMatch(/đến từ:/);
  });

  it('"walk me through what …" asks for the steps, not what lies between', async () => {
    const a = await qa.ask('Walk me through what happens when I run docker build and then docker run.');
    expect(a.intent).toBe('howto');
    expect(a.answer).toContain('`docker build');
    expect(a.answer).toContain('`docker run');
  });

  it('"show up" is appear, not a request to draw; "show me" still is', async () => {
    await onlyMeantAs(
      'diagram',
      [
        "Which engine events can show up during a container's life?",
        "why do containers on docker0 all show up with the host's IP when they hit the internet?",
      ],
      'show me the container lifecycle',
    );
  });

  it('facts asked by count: how many, and what each one is', async () => {
    const a = await qa.ask('Docker có mấy phiên bản chính?');
    expect(a.intent).toBe('facts');
    expect(a.answer).toContain('(2): **Docker CE**, **Docker EE**');
    expect(a.answer).toMatch(/Community Edition[\s\S]*Enterprise Edition/);
    const plain = await qa.ask('Docker có những phiên bản chính nào?');
    expect(plain.answer).not.toContain('(2)');
  });

  it('version: "still" asked of two things is about a change, verdict first', async () => {
    for (const question of ['Does Docker still use LXC?', 'Docker bây giờ còn dùng LXC nữa không?']) {
      const a = await qa.ask(question);
      expect(a.intent, question).toBe('version');
      expect(a.answer, question).toMatch(/^\*\*(No|Không)\.\*\*\n\*\*libcontainer\*\*.*1\.10/);
    }
    expect((await qa.ask('How is Docker related to LXC, historically?')).answer).toContain('1.10');
    // Of one thing, "nowadays" is not about a version.
    expect((await qa.ask('Where does libcontainer live nowadays?')).intent).not.toBe('version');
  });

  it('version: asked whether a thing uses what its part used until it was replaced', async () => {
    // Docker's daemon ran containers through LXC, which libcontainer replaced in 1.10.
    const a = await qa.ask('Docker có dùng LXC không?');
    expect(a.intent).toBe('version');
    expect(a.answer).toMatch(/^\*\*Không\.\*\*\n\*\*libcontainer\*\*.*1\.10/);
    // LXC itself still uses namespaces: nothing replaced between the two.
    expect((await qa.ask('LXC có dùng namespaces không?')).intent).not.toBe('version');
  });

  it('version and alternatives', async () => {
    expect((await qa.ask('Docker stopped using LXC in which version?')).answer).toContain('1.10');
    const alt = await qa.ask('Ngoài docker còn công cụ nào tạo container?');
    expect(alt.intent).toBe('alternatives');
    expect(has(alt.answer, 'lxc', 'rkt')).toBe(true);
  });

  it('alternatives: what does it without the thing named ("without Docker")', async () => {
    const a = await qa.ask('is there a way to make containers without Docker?');
    expect(a.intent).toBe('alternatives');
    expect(has(a.answer, 'LXC', 'rkt')).toBe(true);
  });

  it('alternatives within a kind the question names: the other members of that kind', async () => {
    const a = await qa.ask('What native network drivers does Docker have besides bridge?');
    const members = (await store.relationsOf('native-network-driver', ['IS_A'])).filter(
      (r) => r.to === 'native-network-driver',
    );
    expect(members.length).toBeGreaterThan(2);
    for (const r of members.filter((m) => m.from !== 'bridge-driver'))
      expect(a.answer).toContain(`**${(await store.getConcept(r.from))!.name.en}**`);
  });

  it('lifecycle: one command between two states', async () => {
    const a = await qa.ask('lệnh nào đưa container từ paused về running?');
    expect(a).toMatchObject({ intent: 'lifecycle', locale: 'vi' });
    expect(a.answer.split('\n')[0]).toBe(
      'Dùng `docker unpause`: container chuyển từ **paused** sang **running** (sự kiện `unpause`).',
    );
    expect(a.answer).toContain('Nguồn: Trạng thái và chu trình của một container (hình 6)');
  });

  it('lifecycle: two commands named, what each does, one after the other', async () => {
    const a = await qa.ask('pause với stop thì container rơi vào trạng thái gì, khác nhau sao?');
    expect(a.intent).toBe('lifecycle');
    expect(a.answer).toMatch(/`docker pause`: \*\*running\*\* → \*\*paused\*\*/);
    expect(a.answer).toMatch(/`docker stop`: \*\*running\*\* → \*\*exited\*\*/);
    // Each named once: neither is repeated as "another command that does the same".
    const both = await qa.ask('what happens to a container with docker kill and docker stop');
    expect(both.answer.match(/`docker stop`: \*\*running/g)).toHaveLength(1);
    expect(both.answer.match(/`docker kill`: \*\*running/g)).toHaveLength(1);
  });

  it('lifecycle: a command said to apply only from one state, where it applies from another too, is no', async () => {
    await verdictThen(
      'docker start only works on created containers, right?',
      '**No.**',
      /`docker start`: \*\*exited\*\* → \*\*running\*\*/,
    );
    expect(await firstLine('docker start works on created containers, right?')).toBe('**Yes.**');
  });

  it('lifecycle: yes or no from the moves when the best reading gives none, the state of the command named before it', async () => {
    await verdictThen(
      'does docker pause freeze it, and then unpause puts it back to running?',
      '**Yes.**',
      '`docker unpause`: **paused** → **running**',
    );
    // A statement with a question mark asks too: "docker unpause brings …?".
    expect(await firstLine('docker unpause brings an exited container back to running?')).toBe('**No.**');
    // The event named first, then what it is called: a name asked, which no move decides.
    expect((await qa.ask('Event khi container bị xoá tên là remove đúng không?')).answer).not.toMatch(
      /^\*\*Có/,
    );
  });

  it('lifecycle: one command after the other, yes or no, then each move in a sentence of the container', async () => {
    const q = 'pause container roi thi unpause lai dc ko';
    expect((await qa.ask(q)).intent).toBe('lifecycle');
    await verdictThen(q, '**Có.**', 'Dùng `docker unpause`: container chuyển từ **paused** sang **running**');
    expect(await firstLine('can I docker kill a container and docker start it')).toBe('**Yes.**');
  });

  it('lifecycle: the way back too, when a later clause asks for it', async () => {
    const a = await qa.ask('container đang running muốn sang paused thì lệnh gì, quay lại thì sao');
    expect(a.answer.indexOf('docker pause')).toBeLessThan(a.answer.indexOf('docker unpause'));
    expect(a.answer).toContain('docker unpause');
    expect((await qa.ask('running sang paused dùng lệnh gì')).answer).not.toContain('docker unpause');
  });

  it('lifecycle: after one command, the way back from where it led', async () => {
    const a = await qa.ask(
      'What happens to a container’s state after docker pause, and how does it come back?',
    );
    expect(a.answer.indexOf('docker pause')).toBeLessThan(a.answer.indexOf('docker unpause'));
    expect((await qa.ask('What happens to a container’s state after docker pause?')).answer).not.toContain(
      'unpause',
    );
  });

  it('lifecycle: the goal said by "again", and a command named (or its verb alone) as the state it leaves', async () => {
    for (const question of [
      'How do I get a paused container running again?',
      'Lệnh nào để cho container đang bị pause chạy tiếp vậy?',
      // "đã pause rồi": the command's verb alone after "đã" is the state it left the container in.
      'container đã pause rồi, giờ sao chạy tiếp',
    ]) {
      const a = await qa.ask(question);
      expect(a.intent, question).toBe('lifecycle');
      expect(a.answer.split('\n')[0], question).toMatch(/`docker unpause`.*\*\*paused\*\*.*\*\*running\*\*/);
    }
    // "pause container": the command is the verb there, not a state.
    expect((await qa.ask('pause rồi unpause container thì sao')).answer).toContain('docker pause');
    // "bị pause rồi": done already, so the state it is in; "bị kill thì sang …" asks what kill does.
    const next = await qa.ask('container bị pause rồi thì tiếp theo nó đi đâu được?');
    expect(next.answer).toMatch(/`docker unpause`.*\*\*paused\*\*.*\*\*running\*\*/);
    expect((await qa.ask('container bị kill thì chuyển sang trạng thái nào')).answer).toContain(
      '`docker kill`: **running** → **exited**',
    );
  });

  it('lifecycle: the state a command left, named plainly after it, is the way back', async () => {
    // "a running container" is where the container is, not where to get back to.
    await saysOnlyFor(
      '`docker unpause`',
      'tam dung container roi cho chay tiep ntn',
      'docker pause a running container',
    );
  });

  it('howto goal: words that join a sentence ("chạy thì", "để chạy") are never a telling pair', async () => {
    const a = await qa.ask('tu Dockerfile den khi co container chay thi qua cac buoc nao');
    expect(has(a.answer, 'docker build', 'docker run')).toBe(true);
    expect(a.concepts.map((c) => c.id)).not.toContain('removing');
  });

  it('howto goal: a command and the state it leads into say the same words; the state answers', async () => {
    const a = await qa.ask('Cần tạm đóng băng container một lúc rồi cho chạy tiếp thì dùng lệnh nào?');
    expect(a.concepts[0]?.id).toBe('paused');
    expect(has(a.answer, 'docker pause', 'docker unpause')).toBe(true);
  });

  it('lifecycle: after a command, "get it running again" is the way back', async () => {
    const a = await qa.ask(
      'What state is a container in after docker pause, and how do I get it running again?',
    );
    expect(a.answer.indexOf('docker pause')).toBeGreaterThanOrEqual(0);
    expect(a.answer.indexOf('docker pause')).toBeLessThan(a.answer.indexOf('docker unpause'));
  });

  it('notes: a question about a figure gets the whole passage on it, not its first clause', async () => {
    const a = await qa.ask('Workflow cơ bản khi làm việc với docker diễn ra như thế nào?');
    for (const step of ['docker build', 'docker run', 'docker push', 'docker commit'])
      expect(a.answer).toContain(step);
  });

  it('notes: asked why, a short passage is quoted whole, the fact with its example', async () => {
    const a = await qa.ask('Tại sao lại cắm container vào cả docker0 lẫn mạng internal vậy?');
    expect(a.answer).toContain('eth1');
    expect(a.answer).toContain('database');
  });

  it('notes: the sentence that names the things asked about by any of their names is the one quoted', async () => {
    // "container web", "container db": the front end and the database, named in the notes' own words.
    const a = await qa.ask(
      'container web muốn nói chuyện với container db trong mạng nội bộ thì đi qua card nào?',
    );
    expect(a.answer).toContain('eth1');
  });

  it('lifecycle: several steps when there is no direct move, and a yes/no framing', async () => {
    const a = await qa.ask('Can a created container be paused directly?');
    const lines = a.answer.split('\n');
    expect(lines[0]).toBe('No, not directly.');
    expect(a.answer.indexOf('docker start')).toBeLessThan(a.answer.indexOf('docker pause'));
  });

  it('lifecycle: the way there takes the usual moves, commands before automatic ones', async () => {
    const a = await qa.ask('Can I bring a paused container back with docker start?');
    expect(a.answer).toContain('`docker unpause`');
    expect(a.answer).not.toContain('`oom`');
  });

  it('lifecycle: a state said of a container ("container paused") and a goal state are a move between states', async () => {
    const a = await qa.ask('container paused thì quay về running bằng lệnh nào?');
    expect(a.intent).toBe('lifecycle');
    expect(a.answer).toContain('`docker unpause`');
    expect(a.answer).not.toContain('docker commit');
    // The state it is in is where it goes from, though said only of the container.
    const created = await qa.ask('container created chưa chạy thì dùng lệnh gì để sang running');
    expect(created.intent).toBe('lifecycle');
    expect(created.answer).toContain('`docker start`');
  });

  it('lifecycle: commands asked for to take a container to a state are the moves into it', async () => {
    const a = await qa.ask('các lệnh đưa container về exited');
    expect(a.intent).toBe('lifecycle');
    const into = (await store.transitions({ command: 'docker-stop' })).find((r) => r.to === 'exited')!;
    expect(into).toBeDefined();
    expect(a.answer).toContain('`docker stop`');
  });

  it('lifecycle: asked when a container is in a state, the moves into it', async () => {
    const into = await store.transitions({ to: 'restarting' });
    const a = await qa.ask('container ở trạng thái restarting khi nào');
    expect(a.intent).toBe('lifecycle');
    for (const r of into) expect(a.answer).toContain(`**${r.from}** → **restarting**`);
  });

  it('lifecycle: asked what happens by itself, the moves no command takes', async () => {
    const policy = (await store.transitions({ from: 'exited' })).find((r) => r.to === 'restarting')!;
    const auto = await qa.ask('từ exited container tự động về running như thế nào');
    expect(auto.answer).toContain(policy.note!.vi);
    expect(auto.answer).not.toContain('`docker start`');
    // An event's move, then the way back that no command takes.
    const died = await qa.ask('how does a container come back automatically after the die event?');
    expect(died.answer).toContain(policy.note!.en);
    expect(await qa.ask('từ exited container về running như thế nào')).toMatchObject({
      answer: expect.stringContaining('`docker start`'),
    });
  });

  it('lifecycle: a command into a state asked as the goal, from every state it leaves', async () => {
    const a = await qa.ask('from which states can docker start bring a container to running?');
    const into = (await store.transitions({ command: 'docker-start' })).filter((r) => r.to === 'running');
    expect(into.length).toBeGreaterThanOrEqual(2);
    for (const r of into) expect(a.answer).toContain(`**${r.from}** → **running**`);
    expect(a.answer).not.toMatch(/^No/);
  });

  it('lifecycle: "get there" after a state makes it the goal', async () => {
    const a = await qa.ask("What's the 'removing' state and how does a container get there?");
    const into = await store.transitions({ to: 'removing' });
    for (const r of into) expect(a.answer).toContain(`**${r.from}** → **removing**`);
  });

  it('lifecycle: after a command, "again" asks the way back, yes or no first when there is one or none', async () => {
    const stop = await qa.ask('after docker stop can i start that same container again');
    expect(stop.answer).toMatch(/^\*\*Yes\.\*\*/);
    expect(stop.answer).toContain('`docker start`');
    const rm = await qa.ask('after docker rm can i start that container again');
    expect(rm.answer).toMatch(/^\*\*No\.\*\*/);
  });

  it('lifecycle: the state a command leaves and the way back, though "trạng thái" names the lifecycle', async () => {
    const a = await qa.ask(
      'Container bị docker stop xong thì ở trạng thái gì, muốn chạy lại thì dùng lệnh nào?',
    );
    expect(a.intent).toBe('lifecycle');
    expect(a.answer).toContain('**exited**');
    expect(a.answer).toContain('`docker start`');
  });

  it('lifecycle: every state, and asked for the commands too, every move by a command', async () => {
    const a = await qa.ask('what states can a container go through and which commands move it between them?');
    const moves = (await store.transitions()).filter((r) => r.command);
    for (const r of moves) expect(a.answer).toContain(`**${r.from}** → **${r.to}**`);
  });

  it('lifecycle: every state, in the order of the figure', async () => {
    const a = await qa.ask('What states can a Docker container be in?');
    const states = await store.listConcepts({ kind: 'state' });
    expect(states).toHaveLength(7);
    for (const s of states) expect(a.answer).toContain(`**${s.id}**`);
    expect(a.answer.indexOf('**created**')).toBeLessThan(a.answer.indexOf('**dead**'));
  });

  it('lifecycle: what a command does', async () => {
    const a = await qa.ask('Sau khi chạy docker kill thì container ở trạng thái nào?');
    const moves = await store.transitions({ command: 'docker-kill' });
    for (const m of moves) expect(a.answer).toContain(`**${m.to}**`);
  });

  it('lifecycle: what an event is, with the moves that carry it', async () => {
    const a = await qa.ask('container bị oom thì trạng thái của nó thay đổi ra sao?');
    expect(a.intent).toBe('lifecycle');
    const moves = (await store.transitions()).filter((r) => r.event === 'oom');
    expect(moves.length).toBeGreaterThan(0);
    for (const m of moves) expect(a.answer).toContain(`**${m.from}** → **${m.to}**`);
  });

  it('lifecycle: a command with the other commands that make the same move', async () => {
    const a = await qa.ask('which commands can stop a running container?');
    const [stop] = await store.transitions({ command: 'docker-stop' });
    const same = (await store.transitions({ from: stop!.from })).filter(
      (r) => r.to === stop!.to && r.command,
    );
    expect(same.length).toBeGreaterThan(1);
    for (const r of same) expect(a.answer).toContain(`\`${r.command!.replace('-', ' ')}\``);
  });

  it('flow: the traffic direction the question implies', async () => {
    const out = await qa.ask('How do containers reach the internet?');
    const inbound = await qa.ask('Làm sao để truy cập container từ bên ngoài?');
    expect(out.diagram).toEqual({ kind: 'view', viewId: 'outbound' });
    expect(inbound.diagram).toEqual({ kind: 'view', viewId: 'inbound' });
    // "bên ngoài" names where traffic comes from; "vào container" is where it goes: the inbound flow.
    const reach = await qa.ask('lam sao de ben ngoai truy cap vao container dc');
    expect(reach.diagram).toEqual({ kind: 'view', viewId: 'inbound' });
    // Who reaches in, named as a person or a machine outside: the external client of the inbound flow.
    for (const q of [
      'Làm thế nào để người ngoài truy cập được vào web chạy trong container?',
      'how can people outside reach the web app in my container',
    ])
      expect((await qa.ask(q)).diagram, q).toEqual({ kind: 'view', viewId: 'inbound' });
  });

  it('howto: a thing named whose own words write the command out says how, before the commands', async () => {
    const a = await qa.ask('how to expose container port 80 on host port 8080?');
    expect(a.intent).toBe('howto');
    expect(a.answer.split('\n')[0]).toContain('-p 8080:80');
    // A thing whose words write no command out is not repeated before the commands.
    expect((await qa.ask('how do I save a container as an image?')).answer).not.toMatch(
      /^\*\*Docker image\*\*/m,
    );
  });

  it('howto: a goal in the learner’s words is answered by the thing that says them and how', async () => {
    // Nothing named says "nói chuyện nội bộ"; the internal network's own words do, with its command.
    for (const q of [
      'tạo 1 network chỉ cho mấy container nói chuyện nội bộ, ko cho ra net thì lm sao',
      'làm sao tạo 1 mạng chỉ cho các container nói chuyện nội bộ, ko ra internet',
    ]) {
      const a = await qa.ask(q);
      expect(a.concepts[0]?.id, q).toBe('internal-network');
      expect(a.answer, q).toContain('docker network create --internal');
    }
    // An event says which command it follows ("destroy … `docker rm`"): it is no way of doing it.
    expect((await qa.ask('làm sao xóa hẳn một container đang chạy')).concepts[0]?.id).not.toBe(
      'event-destroy',
    );
    // A command that says the goal best is the how-to's own answer, not a thing beside it.
    expect((await qa.ask('muốn tạm dừng 1 container đang chạy thì gõ lệnh j ae')).answer).toMatch(
      /^• `docker pause/m,
    );
  });

  it('flow: what the question names beside the flow comes first ("mở port": how to publish it)', async () => {
    const a = await qa.ask('Làm sao mở port cho bên ngoài truy cập được vào container?');
    expect(a.diagram).toEqual({ kind: 'view', viewId: 'inbound' });
    const first = a.answer.split('\n')[0]!;
    expect(first.startsWith(`**${(await store.getConcept('published-port'))!.name.vi}**`)).toBe(true);
    expect(first).toContain('-p');
  });

  it('flow: from a start the flow does not hold, by where it is linked on the flow ("from the internet")', async () => {
    for (const q of [
      'gói tin từ internet vào tới container đi qua những gì',
      "how do packets from the outside world reach a container's published port?",
      // Who is on the internet is where the traffic comes from, not a place the flow must cross.
      'how can people on the internet reach my container?',
    ])
      expect((await qa.ask(q)).diagram, q).toEqual({ kind: 'view', viewId: 'inbound' });
    expect((await qa.ask('how does a container reach the internet')).diagram).toEqual({
      kind: 'view',
      viewId: 'outbound',
    });
  });

  it('flow: whether traffic goes through something, from the flow’s steps', async () => {
    expect((await qa.ask('Does outbound traffic from a container go through DNAT?')).answer).toMatch(
      /^\*\*No\.\*\*/,
    );
    expect((await qa.ask('Does outbound traffic go through docker0?')).answer).toMatch(/^\*\*Yes\.\*\*/);
    // A kind one of whose members is a step is passed too: inbound traffic uses NAT (as DNAT).
    expect((await qa.ask('is NAT used for inbound traffic?')).answer).toMatch(/^\*\*Yes\.\*\*/);
    // A flow named, and a thing that is not on it: no, with the flow's steps.
    const named = await qa.ask('Chiều inbound thì docker dùng MASQUERADE để đổi địa chỉ nguồn phải không?');
    expect(named.intent).toBe('flow');
    expect(named.answer).toMatch(/^\*\*Không\.\*\*/);
    expect(named.answer).toContain('DNAT');
    // Not decided by the steps: the summaries of what it names decide ("docker0 … default gateway").
    const gateway = await qa.ask('chieu outbound thi docker0 la default gateway cua container phai ko');
    expect(gateway.intent).toBe('flow');
    expect(gateway.answer).toMatch(/^\*\*Có\.\*\*/);
    // What the outside sees is another claim than what traffic passes: no yes from the flow's steps.
    const seen = await qa.ask(
      "When a container connects out to the internet, do remote servers see the container's own IP?",
    );
    expect(seen.intent).toBe('flow');
    expect(seen.answer).not.toMatch(/^\*\*Yes\.\*\*/);
  });

  it('flow: never for a container on a network the flow does not cross', async () => {
    const a = await qa.ask('container tren network internal co ra internet dc ko');
    expect(a.intent).not.toBe('flow');
    expect(a.answer).toContain((await store.getConcept('internal-network'))!.summary.vi);
    expect((await qa.ask('luong di ra ngoai cua container tren mang internl thi sao')).intent).not.toBe(
      'alternatives',
    );
  });

  it('commands of a figure the question names: those it shows, with their syntax', async () => {
    const a = await qa.ask('workflow cơ bản của docker gồm những lệnh nào?');
    const view = (await store.listViews()).find((v) => v.id === 'workflow')!;
    const commands = (await store.view('workflow'))!.concepts.filter((c) => c.kind === 'command');
    expect(view.concepts.length).toBeGreaterThan(commands.length);
    expect(a.answer).toContain(`${commands.length} lệnh`);
    for (const c of commands) expect(a.answer).toContain(c.syntax ?? c.name.vi);
    // The steps of a figure drawn as commands are those commands.
    const steps = await qa.ask('what are the steps of the basic docker workflow?');
    for (const c of commands) expect(steps.answer).toContain(c.syntax ?? c.name.en);
  });

  it('commands of a figure: those written on its arrows too, each by its moves', async () => {
    const a = await qa.ask('what states can a container go through and which commands move it between them?');
    const moves = (await store.view('lifecycle'))!.relations.filter((r) => r.command);
    expect(moves.length).toBeGreaterThan(5);
    for (const r of moves)
      expect(a.answer).toContain(`\`${r.command!.replace('-', ' ')}\`: **${r.from}** → **${r.to}**`);
  });

  it('parts of what a possessor has ("a container\'s sandbox"), with what the thing itself holds', async () => {
    const a = await qa.ask("What does a container's sandbox contain?");
    expect(a.concepts[0]?.id).toBe('sandbox');
    expect(a.answer).toContain('DNS');
  });

  it('comparison: a comparative asks to compare ("lâu hơn")', async () => {
    expect((await qa.ask('Tại sao docker stop chạy lâu hơn docker kill?')).intent).toBe('comparison');
  });

  it('comparison: "khác nhau" after things counted, "different" before them, says which, not compare', async () => {
    await onlyMeantAs(
      'comparison',
      ['2 container trên 2 host khác nhau nói chuyện sao', 'how do containers on different hosts talk'],
      'bridge và overlay khác nhau thế nào',
    );
  });

  it('comparison of two figures: each flow as its chain of steps', async () => {
    // "how do they differ" asks for no way of doing something.
    for (const q of [
      'inbound vs outbound traffic?',
      'How do inbound and outbound traffic differ in Docker networking?',
    ]) {
      const a = await qa.ask(q);
      expect(a.intent, q).toBe('comparison');
      for (const id of ['dnat', 'masquerade'])
        expect(a.answer, q).toContain((await store.getConcept(id))!.name.en);
    }
  });

  it('comparison of figures named by the things they are named after: those things, by what each is', async () => {
    // "mạng docker0" and "mạng internal" name figures 12 and 13, and the concepts too.
    const a = await qa.ask('mang docker0 voi mang internal khac nhau o diem nao');
    expect(a.concepts.map((c) => c.id)).toEqual(['docker0', 'internal-network']);
    expect(a.diagram).toEqual({ kind: 'comparison', a: 'docker0', b: 'internal-network' });
    expect(a.answer).toContain((await store.getConcept('internal-network'))!.summary.vi);
  });

  it('howto: the command that joins what the question names', async () => {
    const a = await qa.ask('làm sao lưu container thành image');
    expect(a.intent).toBe('howto');
    expect(a.answer).toContain('docker commit');
    // From a thing in some state to another thing: the commands join the two things.
    const from = await qa.ask('tu container dang chay lam sao ra lai duoc image');
    expect(from.answer.split('\n')[1]).toContain('docker commit');
  });

  it('howto: what the learner goes without is left out, and "máy khác" is another machine', async () => {
    const a = await qa.ask('Làm thế nào để chép image sang máy khác mà không qua registry?');
    expect(a.intent).toBe('howto');
    expect(has(a.answer, 'docker save', 'docker load')).toBe(true);
    expect(a.answer).not.toContain('docker push');
    // "Không có registry thì …" (with no registry) goes without it too; "bằng đường nào" asks how.
    const no = await qa.ask('không có registry thì chuyển image qua máy khác bằng đường nào');
    expect(has(no.answer, 'docker save', 'docker load')).toBe(true);
    expect(no.answer).not.toContain('docker push');
    // "mà ko cần qua registry": no need to go through it.
    const needless = await qa.ask('Làm sao chuyển image sang máy khác mà ko cần qua registry?');
    expect(has(needless.answer, 'docker save', 'docker load')).toBe(true);
    expect(needless.answer).not.toContain('docker push');
    // The verb of what it goes without ("mà không dùng registry") ranks no command: save leads, not run.
    const unused = await qa.ask('lam sao chuyen image qua may khac ma ko dung registry');
    expect(unused.answer).toMatch(/^• `docker save/m);
    expect((await qa.ask('lam sao restart lai container')).answer).toMatch(/^• `docker restart/m);
  });

  it('howto: unsure, and says so, when no command offered says what the question asks', async () => {
    await saysInstead(
      "how do I deal with a container I don't need anymore?",
      "I'm not sure which command does exactly that",
      'You can use:',
    );
    await saysInstead('how do I remove a container', 'You can use:', "I'm not sure");
    // "get rid of a container" is what the graph calls removing one.
    await saysInstead(
      "how do I get rid of a container I don't need anymore?",
      'You can use:',
      "I'm not sure",
    );
  });

  it('howto: the command that does what the question asks comes first', async () => {
    const share = await qa.ask('How do I share an image with other people?');
    const commands = [...share.answer.matchAll(/^• `(docker \w+)/gm)].map((m) => m[1]);
    expect(commands[0]).toBe('docker push');
    expect(commands.length).toBeGreaterThan(1);
    // "Shut down", "tắt container": stopping, gracefully or at once.
    const first = async (q: string) => (await qa.ask(q)).answer.match(/^• `(docker \w+)/m)?.[1];
    expect(await first('How can I shut down a container gracefully?')).toBe('docker stop');
    expect(await first('Lệnh nào để tắt container ngay lập tức mà không chờ?')).toBe('docker kill');
    // No edge joins docker kill to what is named: its own words ("ngay lập tức") offer it.
    expect(await first('làm sao để dừng hẳn container ngay lập tức')).toBe('docker kill');
    // "khởi động lại" alone is restarting, as "restart" is in English.
    expect(await first('container đang chạy mà muốn khởi động lại thì gõ lệnh gì?')).toBe('docker restart');
  });

  it('howto: a command the learner names stays, however few of the question’s words it says', async () => {
    // docker rm's own words say a running container can't be removed, without -f.
    const rm = await qa.ask("how do i delete a container that's still running?");
    expect(rm.answer).toMatch(/^• `docker rm /m);
  });

  it('command path: the chain of commands from one thing named to the next, in order', async () => {
    const commands = async (q: string) =>
      [...(await qa.ask(q)).answer.matchAll(/^\d\. `(docker \w+)/gm)].map((m) => m[1]);
    expect(await commands('From a Dockerfile to an image on Docker Hub, which commands?')).toEqual([
      'docker build',
      'docker push',
    ]);
    // From one thing to another is a way too, without asking for commands.
    expect(await commands("What's the path from a Dockerfile to a running container?")).toEqual([
      'docker build',
      'docker run',
    ]);
    // Docker Hub is a registry: the chain ends at what it is.
    expect(await commands('những lệnh nào để đưa container đã sửa lên Docker Hub?')).toEqual([
      'docker commit',
      'docker push',
    ]);
    // The state beside the last thing is where the chain ends: created, not running.
    expect(
      await commands('từ Dockerfile tới container đã tạo nhưng chưa chạy thì qua những bước nào'),
    ).toEqual(['docker build', 'docker create']);
    // With no state asked, the chain a figure draws whole with both ends: the workflow's.
    expect(await commands('From a Dockerfile to a container, which commands?')).toEqual([
      'docker build',
      'docker run',
    ]);
    // Where the image is (the Docker host) is passed over; what it comes from goes first.
    expect(await commands('How does an image travel from the Docker host up to Docker Hub?')).toEqual([
      'docker push',
    ]);
    expect(await commands('how does the daemon get an image from Docker Hub?')).toEqual(['docker pull']);
    // No chain of commands makes a tar file from a volume: no made-up way.
    expect(await commands('How to back up a named volume to a tar file?')).toEqual([]);
  });

  it('command path: a state beside a thing is that thing in that state; between two states, the lifecycle', async () => {
    const built = await qa.ask('How does a Dockerfile end up as a running container?');
    expect([...built.answer.matchAll(/^\d\. `(docker \w+)/gm)].map((m) => m[1])).toEqual([
      'docker build',
      'docker run',
    ]);
    expect((await qa.ask('Lệnh nào để tạm dừng một container đang chạy?')).answer).toContain(
      '`docker pause`',
    );
    expect((await qa.ask('những cách nào đưa container từ running sang exited?')).intent).toBe('lifecycle');
  });

  it('howto: a command named by a verb competes with the commands that do the same', async () => {
    const first = async (q: string) => (await qa.ask(q)).answer.match(/^• `(docker \w+)/m)?.[1];
    expect(await first('how do i force-stop a container immediatly')).toBe('docker kill');
    // `docker create` makes a container "without starting it": it does not create and start.
    expect(await first('How can I create a container and start it in one step?')).toBe('docker run');
    // What the learner wants not done ("mà chưa chạy") counts against the command that does it.
    expect(await first('làm sao tạo container mà chưa chạy')).toBe('docker create');
  });

  it('diagram: a figure chosen by what the question names, spelled as the graph spells it', async () => {
    expect((await qa.ask('ve so do cac lop tu docker xuong kernal so voi LXC')).diagram).toEqual({
      kind: 'view',
      viewId: 'lxc-vs-docker',
    });
  });

  it('diagram: the figure holding the concepts few figures hold, not the one named by a concept’s name', async () => {
    expect(await drawn('draw a container attached to docker0 and to an internal network as well')).toEqual({
      kind: 'view',
      viewId: 'docker0-and-internal',
    });
    expect(await drawn('vẽ sơ đồ mạng nội bộ')).toEqual({ kind: 'view', viewId: 'internal-network' });
  });

  it('diagram: a figure that shows a kind of a thing named holds that thing', async () => {
    // Figure 14 draws a web front-end container, a kind of container, beside docker0 and the
    // internal network; figure 12 draws "container" itself, but not the internal network.
    expect(
      await drawn('can u draw how containers connect to docker0 and an internal net at the same time'),
    ).toEqual(figure('docker0-and-internal'));
    expect(await drawn('vẽ sơ đồ container kết nối docker0')).toEqual(figure('docker0'));
  });

  it('diagram: what the question asked about in the figure, in its own words', async () => {
    const a = await qa.ask('show a diagram of containers on an internal-only network');
    expect(a.answer).toContain((await store.getConcept('internal-network'))!.name.en);
    expect(a.answer).toContain('no route to the outside');
  });

  it('diagram: the figure’s arrows in words, the lifecycle’s with their commands', async () => {
    const a = await qa.ask('draw the container state diagram');
    for (const r of await store.transitions())
      if (r.command) expect(a.answer).toContain(`\`${r.command.replace(/-/g, ' ')}\``);
  });

  it('diagram: a view, a lifecycle, a path or a neighbourhood', async () => {
    expect(await drawn('Vẽ sơ đồ mạng CNM')).toEqual(figure('cnm'));
    expect(await drawn('vẽ sơ đồ trạng thái')).toEqual({ kind: 'lifecycle' });
    expect(await drawn('draw image and registry')).toMatchObject({ kind: 'path' });
    expect(await drawn('vẽ sơ đồ của veth')).toEqual({
      kind: 'neighbourhood',
      conceptId: 'veth-pair',
      depth: 1,
    });
    // The platform the thing is in is no end of a path: the drivers asked for are drawn as the
    // figure of their kinds.
    expect(await drawn('show me a diagram of the native network drivers in Docker')).toEqual(
      figure('network-driver-types'),
    );
    // One thing asked for, not all of it: no figure of its kinds.
    expect(await drawn('can u draw the outbound network flow from a container plz')).toEqual(
      figure('outbound'),
    );
  });

  it('diagram: all of a thing asked for ("các network driver") is the figure of its kinds', async () => {
    const a = await qa.ask('vẽ sơ đồ các network driver của docker giúp mình');
    expect(a.diagram).toEqual({ kind: 'view', viewId: 'network-driver-types' });
    expect(a.answer).toMatch(/overlay/);
  });

  it('unknown: says so, suggests close names, answers nothing else', async () => {
    const a = await qa.ask('Who won the 2018 World Cup?');
    expect(a).toMatchObject({ intent: 'unknown', found: false, concepts: [], diagram: null, sources: [] });
    expect((await qa.ask('tell me about kubernetes')).found).toBe(false);
    // One typo in a long word is still understood.
    expect((await qa.ask('what about volumne')).concepts.map((c) => c.id)).toEqual(['volume']);
  });

  it('suggests close names it would not guess at, at most three', async () => {
    const a = await qa.ask('what is imag');
    expect(a).toMatchObject({ found: false, suggestions: [{ id: 'image' }] });
    expect(a.answer).toContain('Did you mean **Docker image**?');
    expect((await qa.ask('what is xyz cnmm ipamm vetth rkts')).suggestions.length).toBeLessThanOrEqual(3);
  });

  it('asks back when a reading nearly as good is about a thing named that the answer leaves out', async () => {
    const a = await qa.ask('luong ra ngoai cua container tren mang internal thi sao');
    expect(a).toMatchObject({ found: true, suggestions: [{ id: 'internal-network' }] });
    expect(a.answer).toContain('Nếu bạn muốn hỏi về **Mạng nội bộ (internal network)**, hãy chọn bên dưới.');
    // Every concept named is answered: nothing to ask back.
    expect((await qa.ask('How does the CLI talk to the daemon?')).suggestions).toEqual([]);
  });

  it('keeps every answer within the length limit', async () => {
    for (const q of ['List the native network drivers', 'What is Docker?', 'container', 'vẽ sơ đồ docker0']) {
      expect((await qa.ask(q)).answer.length).toBeLessThanOrEqual(MAX_ANSWER_LENGTH);
    }
  });

  it('an explicit locale wins; a fallback only when the question does not say', async () => {
    expect((await qa.ask('What is a container?', { locale: 'vi' })).locale).toBe('vi');
    expect((await qa.ask('What is a container?', { fallbackLocale: 'vi' })).locale).toBe('en');
    expect((await qa.ask('docker0', { fallbackLocale: 'vi' })).locale).toBe('vi');
  });
});
