import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { Lexicon } from './lexicon.ts';
import { link } from './link.ts';
import { normalizeQuestion } from './normalize.ts';

describe('link', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    lexicon = await Lexicon.build(await dockerStore());
  });
  const concepts = (q: string) =>
    link(normalizeQuestion(q).tokens, lexicon)
      .filter((m) => m.type === 'concept')
      .map((m) => m.id);

  it('prefers the longest name', () => {
    expect(concepts('What is Docker Engine?')).toEqual(['docker-engine']);
    expect(concepts('docker image vs docker container')).toEqual(['image', 'container']);
  });

  it('reads a name with an article said inside it', () => {
    expect(concepts('muốn tạo một network riêng')).toEqual(['docker-network-create']);
    expect(concepts('một network')).toEqual(['network']);
  });

  it('marks where traffic starts and ends around a verb of reaching', () => {
    const roles = link(
      normalizeQuestion('máy bên ngoài truy cập được web chạy trong container').tokens,
      lexicon,
    )
      .filter((m) => m.type === 'concept')
      .map((m) => [m.id, m.role]);
    // "máy bên ngoài": a machine outside, the external client.
    expect(roles).toEqual([
      ['external-client', 'from'],
      ['container', 'to'],
    ]);
    // Nothing named after "vào được": the goal is the topic the question opened with.
    const topic = link(
      normalizeQuestion('container ko publish port thi ben ngoai co vao dc ko').tokens,
      lexicon,
    )
      .filter((m) => m.type === 'concept')
      .map((m) => [m.id, m.role]);
    expect(topic).toContainEqual(['container', 'to']);
    expect(topic).toContainEqual(['external-network', 'from']);
  });

  it('reads a command word of the Docker CLI as that command, never as a typo of a name', () => {
    // "stats" is docker stats, not "states" (the container lifecycle).
    expect(concepts('docker stats xem cpu ram cua container ntn')).toEqual(['docker', 'container']);
  });

  it('reads a three-letter word one letter off a command, where its name goes, as that command', () => {
    expect(concepts('docker pul la gi')).toEqual(['docker-pull']);
    expect(concepts('how do i docker psh')).toEqual(['docker-push']);
    // A Vietnamese word, or one no command is one letter from, is the sentence's.
    expect(concepts('khóa học Docker nào hay')).toEqual(['docker']);
    expect(concepts('docker ssh vao container')).toEqual(['docker', 'container']);
  });

  it('gives a name’s last word to the next name when that word opens it ("lệnh docker run")', () => {
    expect(concepts('lệnh docker run là gì')).toEqual(['docker-run']);
    expect(concepts('lệnh docker pul dùng để làm gì')).toEqual(['docker-pull']);
    expect(concepts('lệnh docker là gì')).toEqual(['docker-cli']);
    // The next name must be whole: "public registry" keeps its last word.
    expect(concepts('is docker hub a public registry')).toEqual(['docker-hub', 'docker-hub']);
  });

  it('reads chat spellings of "không" inside a name as the word ("ko có mạng")', () => {
    expect(concepts('muon container ko co mang gi het')).toContain('none-driver');
  });

  it('matches without diacritics and in either language', () => {
    expect(concepts('mang noi bo la gi')).toEqual(['internal-network']);
    expect(concepts('mạng nội bộ là gì')).toEqual(['internal-network']);
    expect(concepts('what is an internal network')).toEqual(['internal-network']);
  });

  it('tolerates small typos, more in longer words', () => {
    expect(concepts('contaner')).toEqual(['container']);
    expect(concepts('conatiner trang thai')).toContain('container');
    expect(concepts('libnetwrok')).toEqual(['libnetwork']);
    expect(concepts('namspaces')).toEqual(['namespaces']);
    // A four-letter word: only two neighbouring letters swapped.
    expect(concepts('container daed')).toEqual(['container', 'dead']);
    expect(concepts('deal with it')).toEqual([]);
    // A word with a digit is a name or a version: "ipv6 mặc định" is no typo of "ipam mặc định".
    expect(concepts('ipv6 mac dinh')).toEqual([]);
  });

  it('takes an everyday English word as written, not as a typo of a name', () => {
    // "later" is one letter from "layer"; "imagr" is a typo of "image".
    expect(concepts('try it again later')).toEqual([]);
    expect(concepts('what is an imagr')).toEqual(['image']);
  });

  it('reads the learners’ words for resuming and for restarting on its own', () => {
    expect(concepts('tam dung container roi tiep tuc chay ntn')).toContain('docker-unpause');
    expect(concepts('làm sao để container bị crash thì tự chạy lại?')).toContain('restart-policy');
    // The main process dying is the die event, not a dead container.
    expect(concepts('khi process chính trong container chết thì sao')).toContain('event-die');
  });

  it('never ends a name on a word that opens a cue phrase with the next ("host khác | nhau")', () => {
    expect(concepts('network bridge với host khác nhau ntn')).toEqual(['bridge-driver', 'host-driver']);
    expect(concepts('container trên host khác')).toContain('docker-host');
    // Plural, "hosts" are machines, never the host driver.
    expect(concepts('containers on two hosts')).toEqual(['container', 'docker-host']);
    // A container's own host is the machine it runs on.
    expect(concepts('Do a container and its host share the same kernel?')).toEqual([
      'container',
      'docker-host',
      'linux-kernel',
    ]);
  });

  it('reads a command name before an -ing word as the English verb', () => {
    expect(concepts('Why did Docker stop relying on LXC?')).toEqual(['docker', 'lxc']);
    // "bring" is a verb of its own, not an -ing form.
    expect(concepts('can docker unpause bring it back')).toEqual(['docker-unpause']);
    expect(concepts('what does docker stop do')).toEqual(['docker-stop']);
  });

  it('reads a bare verb joined to a command as the command of that verb, and alone as a verb', () => {
    expect(concepts('pause vs stop container khác gì nhau')).toEqual([
      'docker-pause',
      'docker-stop',
      'container',
    ]);
    expect(concepts('docker kill or stopping')).toEqual(['docker-kill', 'docker-stop']);
    expect(concepts('is pausing a container the same as stopping it')).toEqual([
      'docker-pause',
      'docker-stop',
    ]);
    expect(concepts('why does my container stop')).toEqual(['container']);
    expect(concepts('docker image vs stop')).toEqual(['image']);
    // "and" also joins steps: only a question that compares sets the two side by side.
    expect(concepts('docker kill and stop, how do they differ')).toEqual(['docker-kill', 'docker-stop']);
    expect(concepts('docker create and start it in one command')).toEqual(['docker-create']);
  });

  it('reads a command said by what it does, right after a component, as what the component does', () => {
    expect(concepts('docker daemon có chạy container không')).toEqual(['docker-daemon', 'container']);
    expect(concepts('does the daemon run a container?')).toEqual(['docker-daemon', 'container']);
    // After the client, or alone, it is the command.
    expect(concepts('client pull image tu registry')).toEqual([
      'docker-cli',
      'docker-pull',
      'image',
      'registry',
    ]);
    expect(concepts('can I run a container without docker?')).toEqual(['docker-run', 'docker']);
  });

  it('never spreads a name over a word that makes a name with its neighbour', () => {
    expect(concepts('các loại network driver')).toEqual(['network-driver']);
    expect(concepts('vẽ các network driver của docker')).toEqual(['network-driver', 'docker']);
    // A state inside a command's name is only what the command acts on.
    expect(concepts('how do i delete a stopped container')).toEqual(['docker-rm']);
    // Nor starts one on a word that ends a name said whole ("docker pull", not "pull … an image").
    expect(concepts('does docker pull upload an image to the registry?')).toEqual([
      'docker-pull',
      'image',
      'registry',
    ]);
  });

  it('never matches inside another word', () => {
    expect(concepts('containerd')).toEqual(['containerd']);
    expect(concepts('dockerfile')).toEqual(['dockerfile']);
    expect(concepts('hostname imagery')).toEqual([]);
  });

  it('reads English plurals and verb endings', () => {
    expect(concepts('endpoints and sandboxes')).toEqual(['endpoint', 'sandbox']);
    expect(concepts('which command creates a container')).toEqual(['docker-create']);
  });

  it('does not take a verb ending for a typo', () => {
    // "creates" is one edit from the state "created", but it is the verb "create".
    expect(concepts('it creates things')).toEqual([]);
  });

  it('finds a long name with other words inside it', () => {
    expect(concepts('Những công cụ nào khác có thể tạo container?')).toEqual(['container-tool']);
  });

  it('does not guess at short or common words', () => {
    expect(concepts('Who won the 2018 World Cup?')).toEqual([]);
    expect(concepts('Hôm nay ăn gì?')).toEqual([]);
    expect(concepts('the cat sat')).toEqual([]);
  });

  it('marks where a state change starts and ends', () => {
    const roles = (q: string) =>
      link(normalizeQuestion(q).tokens, lexicon)
        .filter((m) => m.type === 'concept')
        .map((m) => [m.id, m.role]);
    expect(roles('lệnh nào đưa container từ paused về running')).toEqual([
      ['container', undefined],
      ['paused', 'from'],
      ['running', 'to'],
    ]);
    // A state named with the container is where the container is.
    expect(roles('can docker start bring a paused container back')).toEqual([
      ['docker-start', undefined],
      ['paused', 'current'],
    ]);
    // "… get there": the goal is the last state named before it; the state the container "is in" is
    // where it is.
    expect(roles('container is in created state and i want it paused, how do i get there')).toEqual([
      ['container', undefined],
      ['created', 'current'],
      ['paused', 'to'],
    ]);
    // "end up in X": where it goes; "xuống X": down to it.
    expect(roles('how does a container end up in the removing state')).toEqual([
      ['container', undefined],
      ['removing', 'to'],
    ]);
    expect(roles('từ docker xuống kernel linux')).toEqual([
      ['docker', 'from'],
      ['linux-kernel', 'to'],
    ]);
  });

  it('links views apart from concepts', () => {
    const views = link(normalizeQuestion('draw the docker0 network').tokens, lexicon).filter(
      (m) => m.type === 'view',
    );
    expect(views.map((m) => m.id)).toContain('docker0');
  });
});
