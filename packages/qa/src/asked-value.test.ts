import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { askedValue } from './asked-value.ts';
import { normalizeQuestion } from './normalize.ts';
import { createQa, type Qa } from './qa.ts';

const asked = (question: string) => askedValue(normalizeQuestion(question).tokens)?.name.en;

/** Each question's value asked for (its English name), or none: a case table. */
const expectAsked = (cases: Record<string, string | undefined>) => {
  for (const [question, name] of Object.entries(cases)) expect(asked(question), question).toBe(name);
};

describe('a value asked for', () => {
  it('is read from the question in either language, with or without diacritics', () => {
    expectAsked({
      'Docker EE giá bao nhiêu 1 năm?': 'the price',
      'how much does docker ee cost per year': 'the price',
      'daemon mo REST API o cong may': 'the port number',
      // The protocol said between: "cổng TCP nào", "port UDP mấy", "which TCP port".
      'Docker daemon mở cổng TCP nào khi cho phép truy cập từ xa?': 'the port number',
      'overlay dùng VXLAN thì mở port UDP mấy?': 'the port number',
      'which TCP port does the daemon listen on': 'the port number',
      'Overlay network dùng cổng UDP số mấy cho VXLAN vậy mọi người?': 'the port number',
      'đổi dải IP của docker0 thì sửa file cấu hình nào?': 'the configuration file',
      'which config file sets the default bridge subnet?': 'the configuration file',
      'ai sáng lập ra docker': 'who made it',
      'overlay network dùng subnet nào': 'the subnet',
      'which driver assigns the subnet of docker0': undefined,
      'libnetwork is written in which language?': 'the programming language',
      "what's the pull rate limit of Docker Hub": 'the limit',
      // A rate is a limit.
      'how many pulls per hour does docker hub allow for anonymous users': 'the limit',
      'docker hub cho pull bao nhiêu lần mỗi giờ': 'the limit',
      'phiên bản docker mới nhất hiện giờ là bản mấy?': 'the latest version',
      "What's the latest Docker Engine release?": 'the latest version',
      "what's the IP of the embedded DNS server?": 'the IP address',
      'ip cua docker0 la gi': 'the IP address',
      'host driver nhanh hơn bridge bao nhiêu phần trăm?': 'a performance figure',
      'how much faster is a container than a VM': 'a performance figure',
      'Where on disk does the Docker daemon keep images?': 'the directory',
      'image được lưu ở thư mục nào trên máy': 'the directory',
      'What path does a packet take from a container out to the internet?': undefined,
      // How many at once is a limit; how much of a resource is its use.
      'How many containers can a single Docker host run at the same time?': 'the limit',
      'How much CPU does docker-proxy use?': 'the resource use',
      'Calico vs Weave cái nào nhanh hơn?': 'a speed comparison',
      'which is more secure, AppArmor or SELinux?': 'a security comparison',
      'gioi han cpu cho container thi dung flag j?': 'the flag',
      // The command named between ("which docker run flag"), or "tham số nào".
      'which docker run option sets the hostname?': 'the flag',
      'docker run có tham số nào để đặt hostname?': 'the flag',
      'what are the options for networking a container?': undefined,
      'is rkt still maintained these days?': 'the maintenance status',
      'rkt bây giờ còn được phát triển tiếp ko?': 'the maintenance status',
      // Why one is slower asks the reason, not a comparison.
      'why is docker stop slower than docker kill?': undefined,
      // "máy" (machine) after "nhẹ hơn" folds to "may" (how many).
      'tại sao container lại nhẹ hơn máy ảo': undefined,
    });
  });

  it('is not read into a count, a "total" (tổng cộng) or a version that changed something', () => {
    expectAsked({
      'Docker có mấy phiên bản?': undefined,
      'container có tổng cộng bao nhiêu trạng thái?': undefined,
      'Docker bỏ LXC từ phiên bản nào?': undefined,
      'Docker phiên bản hiện tại còn dùng LXC không?': undefined,
    });
  });
});

describe('answering a question that asks for a value', () => {
  let qa: Qa;
  beforeAll(async () => {
    qa = await createQa(await dockerStore());
  });

  it("says the notes don't give a value they don't hold, naming it and the thing asked about", async () => {
    const vi = await qa.ask('Docker EE giá bao nhiêu 1 năm vậy?');
    expect(vi.found).toBe(false);
    expect(vi.answer).toMatch(/không nêu giá của \*\*Docker EE\*\*/);
    const en = await qa.ask('What is the pull rate limit of Docker Hub for anonymous users?');
    expect(en.found).toBe(false);
    expect(en.answer).toMatch(/don't give the limit of \*\*Docker Hub\*\*/);
    // The 0 of "docker0" in the answer is no number of containers.
    expect((await qa.ask('1 host chạy được tối đa bao nhiêu container vậy?')).found).toBe(false);
    // The notes give docker0's default subnet, and no other.
    const overlay = await qa.ask("What's the default subnet of an overlay network?");
    expect(overlay.found).toBe(false);
    expect(overlay.answer).toMatch(/don't give the subnet of \*\*overlay driver\*\*/);
    // The notes speak of a grace period, without saying how long it is.
    const wait = await qa.ask('docker stop chờ bao nhiêu giây rồi mới gửi SIGKILL?');
    expect(wait.found).toBe(false);
    expect(wait.answer).toMatch(/không nêu bao lâu/);
    const dns = await qa.ask("what's the IP of docker's embedded DNS server on user-defined networks?");
    expect(dns.found).toBe(false);
    expect(dns.answer).toMatch(/don't give the IP address of/);
    // Lighter than a VM, the notes say, but by no figure.
    const faster = await qa.ask('container nhẹ hơn máy ảo bao nhiêu phần trăm?');
    expect(faster.found).toBe(false);
    expect(faster.answer).toMatch(/không nêu con số so sánh hiệu năng/);
    // A list's "1." and a count's "(1)" are no limit.
    for (const q of [
      '1 container publish tối đa được bao nhiêu port với -p?',
      'How many containers can a single Docker host run at the same time?',
    ])
      expect((await qa.ask(q)).found, q).toBe(false);
    // The notes say what rkt is, not how it fares today.
    expect((await qa.ask('rkt giờ còn ai maintain ko hay chết r')).found).toBe(false);
    // The notes give `--restart`, not a flag that limits CPU.
    expect((await qa.ask('gioi han cpu cho container thi dung flag j?')).found).toBe(false);
    expect((await qa.ask('restart policy đặt bằng flag nào?')).answer).toContain('--restart');
    // The notes say what Calico and Weave are, not which is faster; they do say a container starts faster.
    expect((await qa.ask('Calico vs Weave cái nào nhanh hơn?')).found).toBe(false);
    expect((await qa.ask('container với VM cái nào khởi động nhanh hơn')).found).toBe(true);
    // A complaint's cause the notes never discuss; a reason they give for one being slower they do.
    const slow = await qa.ask('why is my container slow');
    expect(slow.found).toBe(false);
    expect(slow.answer).toMatch(/don't give the cause of slowness of \*\*Container\*\*/);
    const ram = await qa.ask('tại sao docker ngốn nhiều ram vậy');
    expect(ram.found).toBe(false);
    expect(ram.answer).toMatch(/không nêu nguyên nhân tốn tài nguyên của \*\*Docker\*\*/);
    expect((await qa.ask('why is docker stop slower than docker kill?')).found).toBe(true);
    const big = await qa.ask('why is my image so big?');
    expect(big.found).toBe(false);
    expect(big.answer).toMatch(/don't give the cause of the size of \*\*Docker image\*\*/);
    expect((await qa.ask('tai sao image nang the')).found).toBe(false);
    // SELinux is a security module, which says nothing of whether it is the safer one.
    expect((await qa.ask('Which is more secure for containers, AppArmor or SELinux?')).found).toBe(false);
  });

  it('answers when the graph holds a value of the kind asked', async () => {
    const maker = await qa.ask('rkt do ai tạo ra?');
    expect(maker.found).toBe(true);
    expect(maker.answer).toContain('CoreOS');
    const subnet = await qa.ask('subnet mặc định của docker0 là bao nhiêu');
    expect(subnet.found).toBe(true);
    expect(subnet.answer).toContain('172.17.0.0/16');
    // An address, or whose address it is.
    expect((await qa.ask('IP của docker0 là gì')).answer).toContain('172.17.0.1');
    // The reply that gives the address goes before one that only names whose address it is.
    expect((await qa.ask('docker0 có IP gì')).answer).toContain('172.17.0.1');
    expect((await qa.ask('what IP does docker0 have?')).answer).toContain('172.17.0.1');
    const outside = await qa.ask('which IP do servers on the internet see when a container connects out?');
    expect(outside.found).toBe(true);
    expect(outside.answer).toContain('host IP');
  });

  it('reads a flag asked for as a command is, given only where the answer says what it does', async () => {
    // A synopsis's "[-t SECONDS]" names a flag; it does not say that one caps memory.
    expect((await qa.ask('what flag of docker run caps the memory a container can use?')).found).toBe(false);
    expect((await qa.ask('docker run có tham số nào để giới hạn cpu không?')).found).toBe(false);
    const force = await qa.ask('what docker rm flag deletes a container that is still running?');
    expect(force.found).toBe(true);
    expect(force.answer).toContain('-f');
  });
});
