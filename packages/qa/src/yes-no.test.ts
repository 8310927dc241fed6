import { beforeAll, describe, expect, it } from 'vitest';
import { dockerStore } from './__tests__/docker-pack.ts';
import { Lexicon } from './lexicon.ts';
import { createQa, type Qa } from './qa.ts';
import { parseQuestion } from './question.ts';
import { asksYesNo, verdict } from './yes-no.ts';

describe('yes/no questions', () => {
  let qa: Qa;
  let store: Awaited<ReturnType<typeof dockerStore>>;
  let lexicon: Lexicon;
  beforeAll(async () => {
    store = await dockerStore();
    qa = await createQa(store);
    lexicon = await Lexicon.build(store);
  });
  const firstLine = async (q: string) => (await qa.ask(q)).answer.split('\n')[0];
  /** Each question's answer opens with its line: a case table. */
  const expectFirstLines = async (cases: Record<string, string>) => {
    for (const [q, line] of Object.entries(cases)) expect(await firstLine(q), q).toBe(line);
  };

  // Readings whose whole test is the first line of each answer: one case table each, by name.
  const FIRST_LINES: [string, Record<string, string>][] = [
    [
      'starts with yes when a sentence about the concepts says everything asked',
      {
        'Is bridge the default network driver?': '**Yes.**',
        'docker run co phai la create + start ko': '**Có.**',
        'docker kill gửi SIGKILL ngay phải không': '**Có.**',
      },
    ],
    [
      'reads "the host\'s" and "more than one host" as the Docker host, and a summary\'s sentences as about its concept',
      {
        "Do containers share the host's kernel?": '**Yes.**',
        'Can overlay networks span more than one host?': '**Yes.**',
      },
    ],
    [
      'says yes when the one thing asked about is named twice, by two of its names',
      {
        'Is Docker Hub a public registry?': '**Yes.**',
        'rkt co phai cua CoreOS ko': '**Có.**',
      },
    ],
    [
      'starts with no when the sentence denies a word of the question, or says one where it asks many',
      {
        'Does the host driver isolate the network?': '**No.**',
        'Một endpoint có thể thuộc nhiều network cùng lúc không?': '**Không.**',
      },
    ],
    [
      'denies a thing named, not a verb: "Docker no longer uses LXC" is no against LXC only',
      {
        'Docker từ bản 1.10 còn dùng LXC không?': '**Không.**',
        // "hiện tại vẫn dùng" (still uses now) asks of today, as "còn dùng" does.
        'docker hien tai van dung LXC de giao tiep voi kernel dung ko': '**Không.**',
        'Does Docker use libcontainer since 1.10?': '**Yes.**',
      },
    ],
    [
      'reads a verb of dropping as asking whether a thing is no longer used',
      {
        'Từ bản 1.10 trở đi docker bỏ hẳn LXC rồi đúng ko?': '**Có.**',
        'tu ban 1.10 docker bo han LXC roi dung ko': '**Có.**',
        'did docker drop LXC in 1.10?': '**Yes.**',
        'starting with version 1.10 docker stopped going through LXC, right?': '**Yes.**',
      },
    ],
    [
      'reads the kinds claimed of the thing named before "loại" (kinds)',
      {
        'driver co 2 loai la network driver va IPAM driver phai ko': '**Có.**',
        'Bridge có phải là một loại network driver không?': '**Có.**',
      },
    ],
    [
      'reads an English statement closed by a tag ("…, right?") as a yes/no question',
      {
        "without a published port, outside machines can't reach a container on a bridge, right?": '**Yes.**',
        'an endpoint can belong to several networks at once right?': '**No.**',
        'default docker0 subnet is 10.0.0.0/8 isnt it': '**No.**',
      },
    ],
    [
      'says no to an address the notes give otherwise, and yes to the one they give',
      {
        "Is docker0's default subnet 192.168.0.0/16?": '**No.**',
        "Is docker0's default subnet 172.17.0.0/16?": '**Yes.**',
        // Whatever the reading, no where what is named gives only other addresses.
        'docker0 có IP 192.168.0.1 phải ko': '**Không.**',
      },
    ],
    [
      'says yes when an edge joins the first thing named to another and its type or label says the claim',
      {
        'libnetwork là bản implementation của CNM đúng ko?': '**Có.**',
        'does docker kill send SIGKILL?': '**Yes.**',
        'does docker kill send SIGKILL to the container?': '**Yes.**',
      },
    ],
    [
      'reads the summaries of the things named too, a condition in them denying nothing',
      {
        'Is a CNM endpoint usually one end of a veth pair?': '**Yes.**',
        // "Không publish port thì … không truy cập được từ bên ngoài".
        'Muốn từ ngoài truy cập vào container trên bridge thì phải publish port bằng -p đúng không?':
          '**Có.**',
      },
    ],
    [
      'reads the claim past the words that frame it, and its words as the learner meant them',
      {
        // "dung k" closing a question written without diacritics is "right?"; before an object, "use".
        'docker run = docker create + docker start dung hok': '**Có.**',
        'docker co dung LXC ko': '**Không.**',
        // "can you …" asks, unless it asks the bot to do something ("can you explain").
        'Can you import images from a tar archive using docker load?': '**Yes.**',
        "Is it true that the host driver keeps the container's network isolated from the host?": '**No.**',
        // A word mistyped ("defualt") is the word a sentence says.
        'is bridge the defualt network driver??': '**Yes.**',
        // "xong" (done) says nothing of the claim.
        'docker create xong thì container ở trạng thái created phải không?': '**Có.**',
        // The lifecycle's own sentences decide when its moves did not.
        'bi oom xong thi container cung chuyen sang exited phai ko': '**Có.**',
      },
    ],
    [
      'reads an English word of a Vietnamese claim in the English summary of a thing named',
      {
        'Docker Hub là registry public phải không?': '**Có.**',
        // A Vietnamese word is read in the Vietnamese sentence only: Docker Hub's is "công khai", not "riêng".
        'Docker Hub là registry riêng phải không?':
          '**Docker Hub** và **Registry** liên quan với nhau như sau:',
      },
    ],
    [
      'answers whether one command can follow another, from where the first leaves a container',
      {
        'docker stop rồi docker start lại được không': '**Có.**',
        'docker pause rồi docker start được không': '**Không.**',
      },
    ],
    [
      'says no to a claim made the other way round, and yes the right way round',
      {
        // The notes' sentence says what the other one is ("Docker image là mẫu … tạo ra container").
        'container la template de tao ra image dung ko mn?': '**Không.**',
        'image là template để tạo ra container đúng không': '**Có.**',
        'is an image an instance of a container?': '**No.**',
        'is a container an instance of an image?': '**Yes.**',
        // Only the edge the other way says it: the daemon manages containers, docker kill sends SIGKILL.
        'does the container manage the docker daemon?': '**No.**',
        'does the docker daemon manage the container?': '**Yes.**',
        'does SIGKILL send docker kill?': '**No.**',
        // What the claim's verb says the other one does: containerd manages, and calls runc.
        'does runc manage containerd?': '**No.**',
        // Words of the claim after its verb describe the last thing, they are not what it does.
        'Does libnetwork support third-party network plugins?': '**Yes.**',
        // A command said to make what it does not make: it makes the other one.
        'docker commit tạo container từ image phải không': '**Không.**',
        'docker commit tạo image từ container phải không': '**Có.**',
        'docker build tạo ra container đúng không': '**Không.**',
        // Turned round by the question itself, or by the edge's own passive label: both ways.
        'is the container managed by the daemon?': '**Yes.**',
        'cgroups là để giới hạn tài nguyên cho container đúng không ae?': '**Có.**',
      },
    ],
    [
      'says no to a word of the claim that the sentence says in the clause of another thing of its kind',
      {
        // "… được cô lập bằng namespaces và giới hạn tài nguyên bằng cgroups".
        'cgroups dùng để cô lập container phải ko': '**Không.**',
        'namespaces dùng để cô lập container phải ko': '**Có.**',
        // "namespaces (isolation), cgroups (resource limits)": each thing with what it does in brackets.
        'do cgroups do the isolation?': '**No.**',
      },
    ],
    [
      'reads a statement asked with a question mark, its verb inside, as a yes/no question',
      {
        'a container on a bridge network is reachable from outside even if i dont publish any port?':
          '**No.**',
        'the docker CLI can talk to the daemon through the REST API?': '**Yes.**',
        'with the host driver the container is isolated from the host network?': '**No.**',
      },
    ],
    [
      'says no to a command said to reach a state a step it does not make leads to ("removal fails")',
      {
        'does docker rm on an exited container make it dead?': '**No.**',
        // "nó" (it), folded "no", denies nothing.
        'docker rm một container đang exited thì nó chuyển sang trạng thái dead à?': '**Không.**',
        'paused thì dùng docker unpause để chạy lại đúng ko?': '**Có.**',
      },
    ],
    [
      'says no to a claim whose own word the sentence denies ("without starting it", "thay vì … riêng")',
      {
        'does docker create start the container?': '**No.**',
        // "riêng", "own" (its own) are the claim, though stopword lists hold them.
        'container có kernel riêng không': '**Không.**',
        'do containers have their own network namespace?': '**Yes.**',
        'Container gần giống máy ảo vậy thì nó có kernel riêng như VM luôn không?': '**Không.**',
        'docker run co phai la create + start ko': '**Có.**',
        'docker kill gửi SIGKILL ngay phải không': '**Có.**',
      },
    ],
    [
      'reads a claim that ends "inside" a thing as where the first one is: what the other runs',
      {
        // The notes: "Docker host chạy Container", "Container is run by Docker host".
        'container chạy trong docker host phải không': '**Có.**',
        'do containers run inside the docker host?': '**Yes.**',
        // "Docker daemon tạo và chạy Container" says nothing of where the daemon runs.
        'docker daemon chạy trong container đúng không':
          '**Docker daemon** và **Container** liên quan với nhau như sau:',
        // Inside a thing named, it only says which container.
        'Container nằm trong mạng internal có ra internet được ko?': '**Không.**',
        // "Container is run by: Docker daemon" says where the container runs, not the daemon.
        'does the daemon run inside a container?': 'About **Container**:',
        'docker daemon có chạy container không': '**Có.**',
      },
    ],
    [
      'reads a thing a flow names in its title as on it, and "don\'t" as the learner going without it',
      {
        // "Inbound traffic: … through a published port".
        'do outside clients reach the container through a published port?': '**Yes.**',
        "Can someone outside reach my container on the default bridge if I don't publish any port?":
          '**No.**',
        // Denied only to ask: answered as the question without it.
        "isn't docker0 a linux bridge?": '**Yes.**',
        "doesn't docker kill send SIGKILL?": '**Yes.**',
      },
    ],
    [
      'says yes to an event a command emits by an edge of its own, not only by its move',
      {
        // docker stop moves running → exited (event stop); a die event follows.
        'does the die event come after docker stop?': '**Yes.**',
        'sau docker stop có sự kiện die không': '**Có.**',
        'docker pause xong thì container có bị xoá mất không?': '**Không.**',
      },
    ],
    [
      'reads the opposite wording in the lines about what is asked, not the setting of the question',
      {
        // The answer goes on to docker kill ("SIGKILL at once"): what it says of docker stop decides.
        'Does docker stop kill the process immediately?': '**No.**',
        // "After installing Docker" is when it is asked about, not a claim that it is automatic.
        'docker0 co phai minh tu tao bang tay sau khi cai docker ko': '**Không.**',
      },
    ],
    [
      'reads the opposite wording clause by clause: another thing "at once" in the same line is not it',
      {
        // SIGKILL's summary ends a process "at once", then says docker stop sends it after the grace period.
        'Does docker stop send SIGKILL right away?': '**No.**',
        // "… không hay sao?": "or what" closes a yes/no question.
        'docker stop có gửi SIGKILL ngay lập tức không hay sao?': '**Không.**',
      },
    ],
    [
      'reads "an example of", "a kind of" as being one, and a list of names as one clause',
      {
        'Is Calico an example of a remote network driver?': '**Yes.**',
        // "… third-party network plugins, for example Weave, Calico, Contiv and Kuryr": Kuryr's too.
        'is kuryr a third party plugin?': '**Yes.**',
      },
    ],
    [
      'reads "không chỉ", "not only" as adding to the claim, not denying it',
      {
        'daemon quản lý cả network với volume chứ ko chỉ image và container đúng hok': '**Có.**',
        'does the daemon manage not only containers but also networks and volumes?': '**Yes.**',
      },
    ],
  ];

  it('never reads a command named by what it does as a kind ("does docker run create a container")', async () => {
    expect(await firstLine('does docker run create a container?')).not.toBe('**No.**');
  });

  it.each(FIRST_LINES)('%s', async (_, cases) => {
    await expectFirstLines(cases);
  });

  it('reads a claim through hedges, "at the same time", "đóng vai trò" and other verbs of joining', async () => {
    expect(await firstLine('Is docker run basically docker create followed by docker start?')).toBe(
      '**Yes.**',
    );
    expect(await firstLine('Docker Hub đóng vai trò là registry công khai phải không?')).toBe('**Có.**');
    expect(await firstLine('Can a container be plugged into two networks at the same time?')).toBe(
      '**Yes.**',
    );
    // "exactly one CNM network": the thing counted after a word that says which.
    await expectFirstLines({
      'Can one endpoint belong to two networks at the same time?': '**No.**',
      // The notes' own verb wins over another verb of joining ("joins a sandbox to a network").
      'Can an endpoint belong to more than one network?': '**No.**',
    });
  });

  it('finds the question after its setting, and after who it is addressed to', async () => {
    const after = await parseQuestion(
      'after docker stop can I start that same container again',
      lexicon,
      store,
    );
    expect(asksYesNo(after)).toBe(true);
    const how = await parseQuestion('after docker stop how can I start it again', lexicon, store);
    expect(asksYesNo(how)).toBe(false);
    // A statement asks with an adverb between the thing and its verb too.
    const stated = await parseQuestion('the CLI just sends commands to the daemon?', lexicon, store);
    expect(asksYesNo(stated)).toBe(true);
    await expectFirstLines({
      'Docker CE có phải trả tiền không các bạn?': '**Không.**',
      // Things of a kind listed say nothing of the claim; the notes' sentence about it does.
      'Do LXC and Docker rely on the same Linux kernel features?': '**Yes.**',
      // An auxiliary typed with two letters swapped still opens a yes/no question.
      'cna docker stop send SIGTERM': '**Yes.**',
      // "… hả mn?": a claim ended with a particle that asks whether it is so.
      'docker EE mien phi ha mn?': '**Không.**',
      'docker CE miễn phí hả': '**Có.**',
    });
  });

  it('says whether the command a question names is the way between two states', async () => {
    expect(await firstLine('Container đang paused thì dùng docker unpause để chạy lại đúng ko?')).toBe(
      '**Có.**',
    );
    expect(await firstLine('Container đang paused thì dùng docker start để chạy lại đúng ko?')).toBe(
      '**Không.**',
    );
    // The state named with the container ("a paused container") is where the container is.
    expect(await firstLine('Can docker start bring a paused container back to running?')).toBe('**No.**');
    // No, the way there, then what the command named does instead.
    const unpause = (await qa.ask('Can docker unpause bring an exited container back to running?')).answer;
    expect(unpause.split('\n')[0]).toBe('**No.**');
    expect(unpause).toContain('`docker start`');
    expect(unpause).toContain('• `docker unpause`: **paused** → **running**');
  });

  it('says no when the question goes without what the answer says is required', async () => {
    expect(await firstLine('does docker rm work on a running container without -f')).toBe('**No.**');
    expect(
      await firstLine('Container trên bridge mà không publish port thì máy bên ngoài truy cập được không?'),
    ).toBe('**Không.**');
    // Having it, adding it or using it is it: "ko có -f", "ko thêm -f", "without using -f".
    await expectFirstLines({
      'docker rm ko co -f thi xoa dc container dang chay ko': '**Không.**',
      'Có xóa được container đang running bằng docker rm thường mà ko thêm -f ko?': '**Không.**',
      'can I remove a running container without using -f?': '**No.**',
    });
    // A condition before the question, and an article before what it goes without.
    expect(
      await firstLine(
        'without a published port, can a container on a bridge network be reached from outside?',
      ),
    ).toBe('**No.**');
    // What is required is said by a thing beside the answer (the published port, beside the
    // inbound flow): its whole summary counts, not only the first sentence the reply shows.
    expect(await firstLine('container o bridge mac dinh ma ko publish port thi ben ngoai co vao dc ko')).toBe(
      '**Không.**',
    );
    // A question that denies the outcome too claims what the answer says: yes, the outcome denied
    // in one word ("unreachable") too.
    await expectFirstLines({
      'ko publish port (-p) thi ben ngoai ko vao dc container tren bridge dung ko': '**Có.**',
      "if i don't publish a port, is my container on the bridge network unreachable from outside?":
        '**Yes.**',
      "If I don't publish a port, nobody outside can reach my container on the bridge network, right?":
        '**Yes.**',
    });
    // Going without a thing that is not required names the way not taken: the claim still holds.
    expect(
      await firstLine(
        'Can I bring an exited container back up with docker start, without doing docker run again?',
      ),
    ).toBe('**Yes.**');
    // Nor is going without a thing read as a claim the notes deny ("không qua registry").
    expect(await firstLine('có chuyển image sang máy khác mà không qua registry được không')).not.toMatch(
      /^\*\*(Có|Không)\.\*\*$/,
    );
    // With what is required, nothing is denied.
    expect(await firstLine('does docker rm -f remove a running container?')).not.toBe('**No.**');
  });

  it('says no when the question claims the opposite wording of what the answer says, and only then', async () => {
    // Addressed to the group after its closing "không": still a yes/no question.
    await expectFirstLines({
      'Docker CE có mất phí ko mn?': '**Không.**',
      // Without diacritics too: "mat phi" (mất phí) is the opposite of "mien phi", never the same.
      'docker ce co mat phi ko': '**Không.**',
      'Is Docker CE a paid edition?': '**No.**',
      // The notes name both editions side by side ("the commercial … (Docker EE) and the free …
      // (Docker CE)"): the half that names the one asked about decides.
      'Is Docker EE free?': '**No.**',
      // Two claims side by side, each read against its own thing; a typo in the closing "không".
      'Bản Docker EE là bản miễn phí còn CE là bản thương mại đúng khôg?': '**Không.**',
      'is EE free while CE is paid?': '**No.**',
      // "cách ly" is the notes' "cô lập": the host driver isolates nothing.
      'container xài host network thì có bị cách ly mạng với host ko?': '**Không.**',
      // docker pull downloads, docker push uploads.
      'does docker pull upload images to the registry?': '**No.**',
      'does docker push download images from the registry?': '**No.**',
      // NAT: the outside sees only the host's IP, never the container's own.
      "When a container talks to the internet, do the outside servers see the container's own IP?": '**No.**',
      'container ra internet thì server bên ngoài thấy IP riêng của container đúng ko': '**Không.**',
      // Whose address the flow's steps give: the host's, and not the one set aside with "instead of".
      "do outside hosts see the host's IP for outbound traffic?": '**Yes.**',
      "for outbound traffic, do outside hosts see the host's IP instead of the container IP?": '**Yes.**',
      'khi container ra internet thì server bên ngoài thấy IP của host đúng ko': '**Có.**',
      // Past "own" and the address written out, it is still whose IP the claim says.
      "do outside hosts see the host's own IP for outbound traffic?": '**Yes.**',
      "when a container calls an outside server, that server sees the container's own 172.17.x.x IP. True?":
        '**No.**',
      // Docker Hub is the public registry; bridge is one host's, overlay spans many.
      'is Docker Hub a private registry?': '**No.**',
      'does the bridge driver connect containers across hosts?': '**No.**',
      'is an overlay network limited to a single host?': '**No.**',
      'Can overlay networks span more than one host?': '**Yes.**',
      // Worded as the thing's own summary words it ("trải qua nhiều host"), whatever the verb.
      'overlay network chay dc tren nhieu host dung k mn': '**Có.**',
      'overlay driver = for networking across multiple hosts, right?': '**Yes.**',
      'Does Docker Hub act as a public registry for images?': '**Yes.**',
      // Docker after "of" is where the claim holds, not a second thing joined to the first.
      'Bridge có phải là network driver mặc định của docker không?': '**Có.**',
      'Is bridge the default network driver of docker?': '**Yes.**',
      // Native drivers come built in; remote ones are other parties' plugins.
      'remote drivers ship built into libnetwork, right?': '**No.**',
      'driver native là plugin bên thứ ba đúng không?': '**Không.**',
      'are native drivers built into libnetwork?': '**Yes.**',
      // Made "when Docker Engine is installed" is made automatically, never by hand.
      'is docker0 created automatically?': '**Yes.**',
      'docker0 được tạo tự động đúng ko': '**Có.**',
      // Made by the learner ("mình phải tự tạo", "myself") is made by hand.
      'do I have to create docker0 myself after installing docker?': '**No.**',
      'cài docker xong thì docker0 mình phải tự tạo à': '**Không.**',
    });
    // "docker kill" names the command; it claims no killing of its own.
    expect(await firstLine('docker kill gửi SIGTERM rồi đợi grace period mới SIGKILL đúng ko?')).not.toBe(
      '**Có.**',
    );
    expect(await firstLine('Docker CE có miễn phí không?')).not.toBe('**Không.**');
    expect(await firstLine('Docker CE miễn phí còn EE trả phí đúng ko')).not.toBe('**Không.**');
    // A list of several ("docker stop (… sau thời gian chờ), docker kill (SIGKILL) hoặc …"): its item.
    expect(await firstLine('docker kill có chờ thời gian dọn dẹp rồi mới tắt không?')).toBe('**Không.**');
  });

  it('decides from a quoted sentence of the notes only when it denies nothing', async () => {
    expect(await firstLine('Is docker0 created automatically when you install Docker?')).toBe('**Yes.**');
    // "host (… không cô lập), overlay (…)": the denial in a list may be any driver's.
    expect(
      await firstLine('Container dùng host network thì có được cô lập mạng với máy host không?'),
    ).not.toBe('**Có.**');
  });

  it('reads the subject’s own summary too: a move says nothing of how, its command’s summary does', async () => {
    // "running → paused" alone cannot deny killing; "pause freezes the processes" does.
    expect(await firstLine('docker pause thì process trong container có bị kill luôn ko mn?')).toBe(
      '**Không.**',
    );
    // Claimed to be the only one, against a summary that names others that also do it.
    expect(await firstLine('Is Docker the only tool that can create containers?')).toBe('**No.**');
  });

  it('decides from a sentence that joins three things named, with no other word asked', async () => {
    expect(await firstLine('Does the Docker CLI talk with the daemon via the REST API?')).toBe('**Yes.**');
  });

  it('reads the platform a claim holds in as where, not what, is asked', async () => {
    expect(await firstLine('is bridge the default network driver in docker?')).toBe('**Yes.**');
  });

  it('says no to a thing claimed to be the default one when another of its kind is, and names that one', async () => {
    await expectFirstLines({
      'Driver mạng mặc định của docker là overlay phải không ạ?': '**Không.**',
      'is host the default network driver?': '**No.**',
    });
    const answer = (await qa.ask('is host the default network driver?')).answer;
    expect(answer).toContain('The default is **bridge driver**');
  });

  it('says no to two things said to be one, unless one is a kind of the other', async () => {
    await expectFirstLines({
      'the docker CLI and dockerd are the same process right': '**No.**',
      // A container is an instance of an image: still not the same thing.
      'Image với container có phải là một thứ không?': '**Không.**',
      'docker cli voi docker daemon la 1 thu phai ko?': '**Không.**',
    });
    expect(await firstLine('are docker hub and a registry the same thing?')).not.toBe('**No.**');
  });

  it('says a number of a thing that the summaries give otherwise is no, with a single verdict', async () => {
    // The lifecycle "gồm 7 trạng thái".
    expect(await firstLine('container co tat ca 5 trang thai dung ko mn')).toBe('**Không.**');
    // A verdict of the way of answering and one decided before it: one of them, not both.
    const [first, second] = (
      await qa.ask('docker pause thì process trong container có bị kill luôn ko mn?')
    ).answer.split('\n');
    expect(first).toBe('**Không.**');
    expect(second).not.toMatch(/^\*\*(Có|Không)\.\*\*$/);
  });

  it('asks two claims set side by side each on its own: yes when both hold, no when either does not', async () => {
    await expectFirstLines({
      'namespaces dùng để cô lập còn cgroups để giới hạn tài nguyên đúng không?': '**Có.**',
      'namespaces dung de gioi han tai nguyen con cgroups de co lap dung ko?': '**Không.**',
      'CE miễn phí còn EE thương mại đúng ko': '**Có.**',
      // "and" between two sides that each name a thing and say something of it.
      'namespaces do the isolation and cgroups do the resource limits, correct?': '**Yes.**',
      'LXC gives app containers and Docker gives system containers rite?': '**No.**',
    });
  });

  it('reads "…, not the daemon" as the other thing set against the claim, not as a denial of it', async () => {
    expect(await firstLine('the daemon manages containers, not the CLI, right?')).toBe('**Yes.**');
    // "instead of LXC": the notes' "no longer uses LXC" agrees with the claim, it does not deny it.
    await expectFirstLines({
      'does docker use libcontainer instead of LXC?': '**Yes.**',
      'docker dùng libcontainer thay vì LXC đúng không': '**Có.**',
      'docker van dung LXC thay vi libcontainer dung ko': '**Không.**',
    });
  });

  it('never says no to an address inside a subnet the notes give', async () => {
    expect(await firstLine('a container on docker0 gets an IP like 172.17.0.5, right?')).not.toBe('**No.**');
  });

  it('decides by the graph when the notes quoted deny something of another thing listed', async () => {
    // The quote lists the drivers with "không cô lập" (host's) and "không có mạng" (none's).
    const q = 'vay thi macvlan la driver mang mac dinh cua docker ha';
    expect((await qa.ask(q)).intent).toBe('notes');
    expect(await firstLine(q)).toBe('**Không.**');
    // And by the summaries of what is named, each about its own thing.
    const out = 'container ở trong internal network thì ra internet được không?';
    expect((await qa.ask(out)).intent).toBe('notes');
    expect(await firstLine(out)).toBe('**Không.**');
  });

  it('says no to "only one" where the notes count the same thing as many, and to many where one', async () => {
    expect(await firstLine('an endpoint can be part of two networks at the same tme?')).toBe('**No.**');
    expect(await firstLine('a sandbox can only ever have one endpoint rite?')).toBe('**No.**');
    expect(await firstLine('sandbox chỉ có một endpoint thôi đúng không')).toBe('**Không.**');
    // A number written as a digit counts as many.
    expect(await firstLine('1 endpoint nằm trong 2 network cùng lúc được không')).toBe('**Không.**');
    // "An endpoint joins exactly one network": one is right there.
    expect(await firstLine('an endpoint belongs to only one network, right?')).toBe('**Yes.**');
  });

  it('says no to "many" against "exactly one" only when the same thing is counted', async () => {
    // "An endpoint belongs to exactly one sandbox" says nothing of how many endpoints a sandbox has;
    // "a sandbox can have several endpoints" does.
    expect(await firstLine('Can one sandbox have more than one endpoint?')).toBe('**Yes.**');
    const q = await parseQuestion('Can one sandbox have more than one endpoint?', lexicon, store);
    expect(verdict(q, ['**Endpoint** belongs to exactly one **Sandbox**'], lexicon)).toBeNull();
    const many = await parseQuestion('Can an endpoint be in more than one sandbox?', lexicon, store);
    expect(verdict(many, ['**Endpoint** belongs to exactly one **Sandbox**'], lexicon)).toBe(false);
    // Where it is ("In CNM") need not be said, and "networks" is said as "network".
    expect(
      await firstLine('In CNM, can a single endpoint belong to several networks at the same time?'),
    ).toBe('**No.**');
    // A fact list's bullets are about its concept: "Sandbox · có thể có nhiều: Endpoint".
    expect(await firstLine('Sandbox có thể có nhiều endpoint không vậy?')).toBe('**Có.**');
  });

  it('answers whether a command emits an event from its moves, with the way back when not', async () => {
    const paused = await qa.ask('docker pause rồi thì container có bị xoá mất không?');
    expect(paused.answer.split('\n')[0]).toBe('**Không.**');
    expect(paused.answer).toContain('docker unpause');
    expect(await firstLine('does docker rm destroy the container?')).toBe('**Yes.**');
  });

  it('reads a list of things, each with what it does, item by item', async () => {
    expect(
      await firstLine('In the high-level architecture, does the registry store and distribute images?'),
    ).toBe('**Yes.**');
  });

  it('says no when the claim is what a sibling of the thing named does, and shows that edge', async () => {
    for (const q of ['does the CLI manage containers?', 'CLI quản lý container à?']) {
      const a = await qa.ask(q);
      expect(a.answer.split('\n')[0], q).toMatch(/^\*\*(No|Không)\.\*\*$/);
      expect(a.answer, q).toMatch(/\*\*Docker daemon\*\* (manages|quản lý) \*\*Container\*\*/);
    }
    expect(await firstLine('does the daemon manage containers?')).toBe('**Yes.**');
    // What the containers Docker runs do is no sibling's: no such no.
    expect(await firstLine('does docker share the host kernel just like LXC does')).not.toBe('**No.**');
  });

  it('says what the thing claimed about is after a no, when the reply does not', async () => {
    const image = await qa.ask('docker image la mot instance cua container phai ko');
    expect(image.answer.split('\n')[0]).toBe('**Không.**');
    expect(image.answer).toContain(
      `**Docker image**: ${(await store.getConcept('image'))!.summary.vi.split(':')[0]}`,
    );
    // A yes needs no correction.
    expect((await qa.ask('is a container an instance of an image?')).answer).not.toContain(
      '**Docker image**:',
    );
  });

  it('says no when another command does what the claim says of the one named, and names it', async () => {
    const save = await qa.ask('docker save là lệnh để đẩy image lên registry hả?');
    expect(save.answer.split('\n')[0]).toBe('**Không.**');
    expect(save.answer).toContain('Việc đó là của `docker push`');
    const pull = await qa.ask('Do you use docker pull to upload your own image to a registry?');
    expect(pull.answer.split('\n')[0]).toBe('**No.**');
    expect(pull.answer).toContain('That is what `docker push` does');
    // Said to be what the other command's own words say it is.
    const commit = await qa.ask('docker commit la lenh xuat image ra file tar dung ko');
    expect(commit.answer.split('\n')[0]).toBe('**Không.**');
    expect(commit.answer).toContain('Việc đó là của `docker save`');
    // Said of the command that does it: no such "no"; nor when the command only comes later.
    expect(await firstLine('docker push là lệnh để đẩy image lên registry hả?')).not.toBe('**Không.**');
    expect((await qa.ask('Event khi container bị xoá tên là remove đúng không?')).answer).not.toContain(
      'Việc đó là của',
    );
  });

  it('says no when another thing of the kind is what the named one is said to be for, and names it', async () => {
    const namespaces = await qa.ask('namespaces là để giới hạn tài nguyên cpu ram phải ko mn');
    expect(namespaces.answer.split('\n')[0]).toBe('**Không.**');
    expect(namespaces.answer).toContain('Việc đó là của **cgroups**');
    // Said of the one that does it: no such "no".
    expect(await firstLine('cgroups là để giới hạn tài nguyên cpu ram phải ko mn')).not.toBe('**Không.**');
  });

  it('says no when two things are not joined but one does that with another of the other’s sort', async () => {
    const kill = await qa.ask('docker kill có gửi SIGTERM trước rồi mới kill không?');
    expect(kill.answer.split('\n')[0]).toBe('**Không.**');
    expect(kill.answer).toContain('SIGKILL');
    expect(await firstLine('does docker stop send SIGTERM first?')).not.toBe('**No.**');
    // Joined through a third thing (the CLI talks to the daemon through the REST API): no such no.
    expect(await firstLine('Does the Docker CLI talk to the daemon?')).not.toBe('**No.**');
    // …unless the third is a peer of the first doing it (LXC runs system containers), and not a
    // kind of the first (Docker Hub is a registry, which stores images).
    expect(await firstLine('Docker tạo ra system container đúng ko')).toBe('**Không.**');
    // The peer it is likened to, then a tag: the claim is Docker's own.
    expect(
      await firstLine(
        'docker gives you system containers with a full OS and its own init like LXC does, yeah?',
      ),
    ).toBe('**No.**');
    expect(await firstLine('Does Docker Hub act as a public registry for images?')).not.toBe('**No.**');
    // Two claims side by side, each read on its own.
    expect(
      await firstLine('LXC tạo ra application container còn Docker tạo ra system container, đúng ko?'),
    ).toBe('**Không.**');
  });

  it('says yes to a claim that denies what a sentence about the same things denies', async () => {
    await expectFirstLines({
      "with the host driver there's basically no network isolation, correct?": '**Yes.**',
      'the host driver has no NAT, right?': '**Yes.**',
    });
    // The bridge driver uses NAT: nothing denies it, so no yes.
    expect(await firstLine('the bridge driver has no NAT, right?')).not.toBe('**Yes.**');
  });

  it('reads a claim about one thing of a quoted list in that thing’s own item', async () => {
    // The notes' list: "bridge (…), host (container dùng chung network stack của host, không cô lập), …".
    expect(await firstLine('Container dùng host network thì có được cô lập mạng với máy host không?')).toBe(
      '**Không.**',
    );
    // Another item says all of the claim, the subject's none of it: no ("a Registry (stores and
    // distributes images)"); the item that says it, yes.
    await expectFirstLines({
      'In the high-level architecture, is it the client that stores and distributes images?': '**No.**',
      'In the high-level architecture, is it the registry that stores and distributes images?': '**Yes.**',
    });
  });

  it('reads a syllable of the claim as said only where it is not part of another word of the notes', async () => {
    // "cách ly" (isolate), never the "lý" of "card mạng vật lý" (physical): read as the notes' "cô
    // lập", it is what the host driver does not do.
    expect(await firstLine('dùng host driver thì container có được cách ly mạng với host không')).toBe(
      '**Không.**',
    );
    // "là mẫu": a function word before it glues nothing.
    expect(await firstLine('Docker image có phải là cái mẫu để tạo ra container không ạ?')).toBe('**Có.**');
    // A word of the claim is counted where it is said: "dùng macvlan thì … đúng ko" says "dùng" once.
    expect(
      await firstLine('dùng macvlan thì mỗi container có địa chỉ MAC riêng trên mạng vật lý đúng ko'),
    ).toBe('**Có.**');
    // "lâu" followed by "dài", as in the notes' "chạy lâu dài", is that word whatever comes before it.
    expect(await firstLine('Docker daemon có phải là một tiến trình chạy nền lâu dài không?')).toBe(
      '**Có.**',
    );
  });

  it('answers whether a command takes a container to or from a state, from its moves', async () => {
    expect(await firstLine('docker pause có làm container chuyển sang exited không?')).toBe('**Không.**');
    // The only move from running needs -f, which the question leaves out: no, then that move.
    const rm = await qa.ask('docker rm xoa duoc container dang running ko');
    expect(rm.answer.split('\n')[0]).toBe('**Không.**');
    // Not needing what the move requires ("mà ko cần -f"): no too.
    expect(await firstLine('docker rm xoa dc container dang running ma ko can -f dung ko')).toBe(
      '**Không.**',
    );
    expect(rm.answer.split('\n')[1]).toContain('-f');
    expect(await firstLine('docker rm -f có xóa được container đang chạy không?')).toBe('**Có.**');
  });

  it('answers whether a thing is a part of a whole, a part of a part counting, and says what it is when not', async () => {
    expect(await firstLine('Is the REST API part of Docker Engine?')).toBe('**Yes.**');
    const rkt = (await qa.ask('rkt có phải là một thành phần của docker không?')).answer.split('\n');
    expect(rkt[0]).toBe('**Không.**');
    expect(rkt[1]).toMatch(/^\*\*rkt\*\*: /);
  });

  it('answers whether a thing is a kind of another from the kinds above it', async () => {
    await expectFirstLines({
      'Is macvlan a native network driver?': '**Yes.**',
      'docker hub co phai la registry ko': '**Có.**',
      'Is overlay one of the remote drivers?': '**No.**',
      // Two things joined by "and": each must be of the kind.
      'Are Weave and Calico remote drivers?': '**Yes.**',
      'weave và calico là native driver phải không': '**Không.**',
      // The kind named twice in other words, then where it is: still the kind, and the tag no claim.
      'weave voi calico la native driver co san trong docker dung k': '**Không.**',
      // A thing of no kind, of another sort than every member of the kind: a library among plugins.
      'libnetwork có phải là remote plugin ko': '**Không.**',
      // Two things, one said to be the other, neither a kind nor an implementation of the other: no;
      // who has the thing ("của máy host") is not what it is said to be, and "à?" asks.
      'Is libcontainer runc?': '**No.**',
      'docker0 là card mạng vật lý của máy host à?': '**Không.**',
    });
    // What the question opens with ("Trong CNM") is where the claim is set, not a part of it.
    expect(await firstLine('Trong CNM thì Network chính là network namespace của container hả?')).toBe(
      '**Không.**',
    );
    expect(await firstLine('Is a sandbox a network namespace?')).not.toMatch(/^\*\*(Yes|No)\.\*\*$/);
    expect(await firstLine('Can one sandbox have more than one endpoint?')).not.toBe('**No.**');
    // Of other kinds, no only when said to be the other: joined or related is no such claim.
    expect(await firstLine('1 container có thể nối vô 2 network cùng lúc đc hok')).not.toBe('**Không.**');
    expect(await firstLine('container và network có liên quan không')).not.toBe('**Không.**');
    await expectFirstLines({
      'Are a Docker image and a container the same thing?': '**No.**',
      // A peer the claim is compared with at the end is not part of it.
      'is rkt also a container tool like docker?': '**Yes.**',
      // Nor is an example of the kind it names.
      'is libnetwork one of the native network drivers like bridge?': '**No.**',
      'is macvlan one of the native network drivers like bridge?': '**Yes.**',
      // "The only one": no when the kind has other members.
      'is bridge the only native driver?': '**No.**',
    });
    // Being one of a kind says nothing of being the only one.
    expect(await firstLine('is docker hub the only registry?')).not.toBe('**Yes.**');
    // A thing of no kind, or a "kind" with no members, decides nothing.
    expect(await firstLine('Is the native network driver a bridge driver?')).not.toMatch(
      /^\*\*(Yes|No)\.\*\*$/,
    );
  });

  it('gives no verdict when no sentence says it all, or the question only names concepts', async () => {
    for (const q of [
      'Does a container have its own kernel?',
      'Can you draw the lifecycle?',
      'Could you explain whether docker kill sends SIGKILL?',
      // "đúng ko" closes the claim ("right?"): its "đúng" is not the "dùng" (use) of a sentence.
      'Mỗi Docker container thường chạy nhiều service như một máy ảo đúng ko?',
      // "ngay" (at once) is the claim: an edge "gửi khi hết grace period" does not say it.
      'docker stop gửi SIGKILL ngay phải không',
      // What follows "but" goes on with the claim: "ko ra internet" is no condition left out.
      'container trong mang internal thi noi chuyen voi nhau dc nhung ko ra internet dc dung ko',
      // What `docker stop` itself does, not `docker kill` run after it.
      'does docker stop ask nicely first and only force kill after a timeout?',
    ]) {
      expect(await firstLine(q), q).not.toMatch(/^\*\*(Yes|No|Có|Không)\.\*\*$/);
    }
  });

  it('never decides advice: the notes hold facts, not what one should do', async () => {
    for (const q of ['should I use host over bridge for speed?', 'có nên dùng host network cho nhanh không'])
      expect(await firstLine(q), q).not.toMatch(/^\*\*(Yes|No|Có|Không)\.\*\*$/);
  });

  it('declines advice about one thing, and answers a choice between two things named', async () => {
    const one = await qa.ask('có nên chạy database production trong docker không?');
    expect(one.found).toBe(false);
    expect(one.answer).toMatch(/lời khuyên/);
    const two = await qa.ask('should I use docker stop or docker kill to shut down gracefully?');
    expect(two.found).toBe(true);
    expect(two.answer).toContain('docker stop');
    // Whether it is wise is advice, of one thing or two.
    for (const q of [
      'Is it safe to expose the Docker REST API to the internet?',
      'What are the best practices to keep the image built from a Dockerfile small?',
    ])
      expect((await qa.ask(q)).found, q).toBe(false);
    // Which command one should use is a fact of the graph; which one for a web server is advice.
    expect((await qa.ask('which command should I use to pause a container?')).answer).toContain(
      'docker pause',
    );
    expect((await qa.ask('which restart policy should I use for a web server?')).found).toBe(false);
  });

  it('leaves questions that ask which or how alone', async () => {
    expect(await firstLine('lệnh nào đưa container từ paused về running?')).not.toMatch(/^\*\*Có/);
    expect(await firstLine('What is the default network driver?')).not.toMatch(/^\*\*Yes/);
  });
});
