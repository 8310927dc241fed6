import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { DockerFeatures } from './docker-features.ts';
import { Lexicon } from './lexicon.ts';
import { createQa, type Qa } from './qa.ts';
import { parseQuestion } from './question.ts';

describe('Docker features the notes do not cover', () => {
  let qa: Qa;
  let lexicon: Lexicon;
  let features: DockerFeatures;
  let store: Awaited<ReturnType<typeof dockerStore>>;
  beforeAll(async () => {
    store = await dockerStore();
    qa = await createQa(store);
    lexicon = await Lexicon.build(store);
    features = new DockerFeatures(lexicon);
  });
  const parsed = (question: string) => parseQuestion(question, lexicon, store, {});
  const asked = async (question: string, answered = '') => features.asked(await parsed(question), answered);
  /** What one reading of each question names, against what is expected (null: nothing). */
  const expectNamed = async (reading: 'written' | 'flagged', cases: Record<string, string | null>) => {
    for (const [question, name] of Object.entries(cases))
      expect(features[reading](await parsed(question)), question).toBe(name);
  };

  it('names the feature a how-to question asks for in words the notes use', async () => {
    expect(await asked('how do I copy a file from a container to my host machine')).toBe('docker cp');
    expect(await asked('How do I change the DNS server of a container?')).toBe('docker run --dns');
    // The OOM event's "exceeding its memory limit" tells no way to set one; of the flags that say
    // as much, the one that says least else.
    expect(await asked('How do I limit a container to 512 MB of memory?')).toBe('docker run --memory');
  });

  it('names a command of the CLI the question writes out, unless the graph has it', async () => {
    await expectNamed('written', {
      'docker swarm init tạo cluster sao ae': 'docker swarm init',
      'docker stats xem cpu ram cua container ntn': 'docker stats',
      'docker run là gì': null,
      'docker network create --internal để làm gì': null,
      // A command's words not written as the command ("stats of a container") name nothing.
      'how do I see the stats of a container': null,
      // The image group's commands are the top-level ones ("docker image pull" is docker pull), but
      // "docker image rm" is docker rmi, and "docker volume create" makes no container.
      'docker image pull ubuntu là gì': null,
      'docker image rm để làm gì': 'docker image rm',
      'làm sao tạo named volume bằng docker volume create rồi gắn vào container?': 'docker volume create',
      // A group of commands written out is asked for too, unless the graph has it.
      'docker context là gì': 'docker context',
      'docker network là gì': null,
    });
  });

  it('names the option of a flag typed as such, unless the graph writes it beside its command', async () => {
    await expectNamed('flagged', {
      'mount volume vào container bằng -v kiểu gì': 'docker run --volume',
      'docker build --no-cache để làm gì': 'docker build --no-cache',
      // docker network create's syntax in the graph writes --subnet.
      'docker network create --subnet 10.0.0.0/24 để làm gì': null,
      // docker run's own summary writes -d; the published port's, -p; docker rm's, -f and -v.
      'how to run a container in the background with -d': null,
      'how do I publish a port with -p': null,
      'docker rm -v là gì': null,
    });
  });

  it('reads a Vietnamese question through the English of its computing terms', async () => {
    expect(await asked('làm sao đặt biến môi trường khi chạy container')).toBe('docker run --env');
    expect(await asked('làm sao đổi tên container')).toBe('docker rename');
    // Chat shorthand: "ko dùng" is "không dùng" (unused).
    expect(await asked('xoa het image ko dung thi lam sao')).toBe('docker image prune');
    // Before a thing named, "không dùng" is a verb with its object: "without using a registry".
    expect(await asked('lam sao chuyen image qua may khac ma ko dung registry')).toBeNull();
    // cgroups limit a container's resources: the notes cover it.
    expect(await asked('làm sao giới hạn tài nguyên cho container')).toBeNull();
  });

  it('declines such a question, naming the feature', async () => {
    const answer = await qa.ask('Copy file từ container ra máy host bằng lệnh gì vậy?');
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain('**docker cp**');
  });

  it('reads "… kiểu gì", "… thế nào" after a verb as a how-to question', async () => {
    const answer = await qa.ask('truyền biến môi trường vào container kiểu j mn');
    expect(answer.found).toBe(false);
    expect(answer.answer).toContain('**docker run --env**');
  });

  it('never takes one word in common for a feature asked for', async () => {
    // "dev" is a word of `--shm-size`'s "/dev/shm", and nothing else of it.
    expect(await asked('Image đi từ máy dev sang máy khác thông qua registry như thế nào?')).toBeNull();
    expect((await qa.ask('Image đi từ máy dev sang máy khác thông qua registry như thế nào?')).found).toBe(
      true,
    );
  });

  it('leaves what the notes offer a command or a concept for', async () => {
    // docker save is the notes' own, though "copy" is docker cp's word.
    expect(await asked('cach xuat image ra file tar de copy sang may khac')).toBeNull();
    // macvlan gives a container its own MAC address: docker run --mac-address fits no better.
    expect(await asked('How do I give a container its own MAC address on the LAN?')).toBeNull();
    expect(await asked('how do I publish port 80 of a container to the host')).toBeNull();
  });

  it("names a feature whose verb a command of the notes does to another thing, and reads learners' verbs", async () => {
    // docker rm removes containers; removing an image ("xóa", "delete") is docker rmi's, a tie
    // with the created state, whose summary says "image" and "removed" of other things, beaten.
    expect(await asked('how do I delete an image')).toBe('docker rmi');
    expect(await asked('lệnh nào xóa image')).toBe('docker rmi');
    expect(await asked('how do I remove a container')).toBeNull();
    expect(await asked('làm sao xóa container')).toBeNull();
  });

  it('leaves a feature the answer found already says', async () => {
    const question = 'how do I copy a file from a container to my host machine';
    expect(await asked(question, 'docker cp can copy a file out of a container')).toBeNull();
  });
});
