import type {
  Bilingual,
  Concept,
  ConceptKind,
  Graph,
  Relation,
  RelationType,
  View,
} from '@study-graph/graph';

/** Words per relation type, as a pack's `relationTypes` gives them. */
const LABELS: Partial<Record<RelationType, [Bilingual, Bilingual]>> = {
  HAS_COMPONENT: [
    { vi: 'gồm', en: 'has component' },
    { vi: 'là thành phần của', en: 'is a component of' },
  ],
  MANAGES: [
    { vi: 'quản lý', en: 'manages' },
    { vi: 'được quản lý bởi', en: 'is managed by' },
  ],
  TALKS_TO: [
    { vi: 'giao tiếp với', en: 'talks to' },
    { vi: 'nhận yêu cầu từ', en: 'is talked to by' },
  ],
  INSTANCE_OF: [
    { vi: 'là thể hiện của', en: 'is an instance of' },
    { vi: 'có thể hiện', en: 'has instance' },
  ],
  TRANSITION: [
    { vi: 'chuyển sang', en: 'goes to' },
    { vi: 'đến từ', en: 'comes from' },
  ],
  RESULTS_IN: [
    { vi: 'tạo ra trạng thái', en: 'results in' },
    { vi: 'là kết quả của', en: 'results from' },
  ],
  USES_DRIVER: [
    { vi: 'dùng driver', en: 'uses driver' },
    { vi: 'được dùng bởi', en: 'is used by' },
  ],
  IS_A: [
    { vi: 'là một loại', en: 'is a' },
    { vi: 'có loại', en: 'has the kind' },
  ],
  CONNECTS_TO: [
    { vi: 'kết nối với', en: 'connects to' },
    { vi: 'được kết nối từ', en: 'is connected from' },
  ],
  FLOW: [
    { vi: 'đi tới', en: 'flows to' },
    { vi: 'đến từ', en: 'comes from' },
  ],
  ALTERNATIVE_TO: [
    { vi: 'thay thế được cho', en: 'is an alternative to' },
    { vi: 'thay thế được cho', en: 'is an alternative to' },
  ],
};

export function concept(id: string, kind: ConceptKind, vi: string, en: string): Concept {
  return { id, kind, name: { vi, en }, aliases: { vi: [], en: [] }, summary: { vi, en }, sources: ['s'] };
}

export function relation(
  from: string,
  to: string,
  type: RelationType,
  extra: Partial<Omit<Relation, 'from' | 'to' | 'type' | 'key'>> = {},
): Relation {
  const [label, inverse] = LABELS[type] ?? [
    { vi: type, en: type },
    { vi: type, en: type },
  ];
  const key = [from, type, to, extra.command ?? '', extra.event ?? '', extra.flow ?? ''].join('|');
  return { key, from, to, type, label, inverse, sources: ['s'], ...extra };
}

function view(id: string, vi: string, en: string, concepts: string[], more: Partial<View> = {}): View {
  return {
    id,
    title: { vi, en },
    aliases: { vi: [], en: [] },
    kind: 'figure',
    concepts,
    direction: 'LR',
    sources: ['s'],
    ...more,
  };
}

/**
 * A small synthetic pack with long Vietnamese names, a state machine with commands and an
 * automatic transition, a numbered flow, and names with characters DOT and Mermaid must escape.
 */
export function syntheticGraph(): Graph {
  const concepts: Concept[] = [
    concept('engine', 'component', 'Docker Engine', 'Docker Engine'),
    concept('daemon', 'component', 'Docker daemon (tiến trình nền dockerd)', 'Docker daemon (dockerd)'),
    concept('client', 'tool', 'Docker client (giao diện dòng lệnh)', 'Docker client (command line)'),
    concept('rest-api', 'interface', 'REST API', 'REST API'),
    concept('image', 'object', 'Image (ảnh đóng gói)', 'Image'),
    concept('container', 'object', 'Container (công-te-nơ)', 'Container'),
    concept('dockerfile', 'artifact', 'Dockerfile', 'Dockerfile'),
    concept('host', 'machine', 'Máy chủ Docker', 'Docker host'),
    concept('created', 'state', 'created (đã tạo)', 'created'),
    concept('running', 'state', 'running (đang chạy)', 'running'),
    concept('paused', 'state', 'paused (tạm dừng)', 'paused'),
    concept('stopped', 'state', 'stopped (đã dừng)', 'stopped'),
    concept('docker-create', 'command', 'docker create', 'docker create'),
    concept('docker-start', 'command', 'docker start', 'docker start'),
    concept('docker-pause', 'command', 'docker pause', 'docker pause'),
    concept('docker-unpause', 'command', 'docker unpause', 'docker unpause'),
    concept('docker-stop', 'command', 'docker stop', 'docker stop'),
    concept(
      'bridge',
      'driver',
      'bridge (trình điều khiển mạng mặc định)',
      'bridge (the default network driver)',
    ),
    concept('docker0', 'interface', 'card mạng docker0', 'docker0 bridge interface'),
    concept('veth', 'interface', 'cặp veth', 'veth pair'),
    concept('eth0', 'interface', 'eth0 của máy chủ', "host's eth0"),
    concept('nat', 'mechanism', 'NAT (dịch địa chỉ mạng)', 'NAT (address translation)'),
    concept('namespaces', 'kernel-feature', 'Namespaces của nhân Linux', 'Linux kernel namespaces'),
    concept('weird', 'edition', 'Tên "lạ" \\ <b>&amp; | #1 `x`', 'Odd "name" \\ <b>&amp; | #1 `x`'),
  ];
  const relations: Relation[] = [
    relation('engine', 'daemon', 'HAS_COMPONENT'),
    relation('engine', 'client', 'HAS_COMPONENT'),
    relation('engine', 'rest-api', 'HAS_COMPONENT'),
    relation('client', 'rest-api', 'TALKS_TO'),
    relation('rest-api', 'daemon', 'TALKS_TO'),
    relation('daemon', 'image', 'MANAGES'),
    relation('daemon', 'container', 'MANAGES'),
    relation('container', 'image', 'INSTANCE_OF'),
    relation('host', 'engine', 'RUNS' as RelationType),
    relation('dockerfile', 'image', 'BUILT_FROM' as RelationType),
    relation('docker-create', 'created', 'RESULTS_IN'),
    relation('created', 'running', 'TRANSITION', { command: 'docker-start', event: 'start' }),
    relation('running', 'paused', 'TRANSITION', { command: 'docker-pause', event: 'pause' }),
    relation('paused', 'running', 'TRANSITION', { command: 'docker-unpause', event: 'unpause' }),
    relation('running', 'stopped', 'TRANSITION', { command: 'docker-stop', event: 'stop' }),
    relation('running', 'stopped', 'TRANSITION', {
      event: 'die',
      note: { vi: 'tiến trình chính kết thúc', en: 'the main process exits' },
    }),
    relation('stopped', 'running', 'TRANSITION', { command: 'docker-start', event: 'start' }),
    relation('container', 'veth', 'CONNECTS_TO'),
    relation('veth', 'docker0', 'CONNECTS_TO'),
    relation('docker0', 'bridge', 'IS_A'),
    relation('container', 'docker0', 'FLOW', {
      flow: 'outbound',
      order: 1,
      label: { vi: 'gói tin ra qua veth', en: 'packet leaves through veth' },
    }),
    relation('docker0', 'nat', 'FLOW', {
      flow: 'outbound',
      order: 2,
      label: { vi: 'đổi địa chỉ nguồn', en: 'source address rewritten' },
    }),
    relation('nat', 'eth0', 'FLOW', {
      flow: 'outbound',
      order: 3,
      label: { vi: 'ra Internet', en: 'out to the Internet' },
    }),
    relation('container', 'namespaces', 'USES' as RelationType),
    relation('weird', 'engine', 'IS_A', { label: { vi: 'nhãn "kỳ" \\ <i>', en: 'label "odd" \\ <i>' } }),
  ];
  // Relations whose type has no words in LABELS get the type name: fine for tests.
  return {
    pack: { id: 'synthetic', title: { vi: 'Gói thử', en: 'Test pack' } },
    sources: [{ id: 's', section: { vi: 'Thử', en: 'Test' } }],
    concepts,
    relations,
    views: [
      view(
        'engine-parts',
        'Thành phần của Docker Engine',
        'Docker Engine components',
        ['engine', 'client', 'rest-api', 'daemon', 'image', 'container'],
        { direction: 'TB' },
      ),
      view(
        'states',
        'Trạng thái và vòng đời của một container',
        'Container states and lifecycle',
        ['created', 'running', 'paused', 'stopped'],
        { kind: 'lifecycle', relationTypes: ['TRANSITION'] },
      ),
      view(
        'outbound',
        'Chiều outbound khi container dùng native network',
        'Outbound traffic',
        ['container', 'veth', 'docker0', 'nat', 'eth0'],
        { kind: 'flow', relationTypes: ['FLOW', 'CONNECTS_TO'] },
      ),
      view('odd', 'Tiêu đề "lạ" \\ <script>', 'Odd "title" \\ <script>', ['weird', 'engine']),
    ],
    passages: [],
  };
}
