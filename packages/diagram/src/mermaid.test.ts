import { MemoryStore } from '@study-graph/graph';
import { describe, expect, it } from 'vitest';
import { mermaidText, toMermaid } from './mermaid.ts';
import { resolveDiagram } from './resolve.ts';
import { syntheticGraph } from './testing/fixture.ts';

const store = new MemoryStore(syntheticGraph());

describe('toMermaid', () => {
  it('escapes what Mermaid would read as syntax', () => {
    expect(mermaidText('say "hi" <b> & #1 | `x` \\')).toBe(
      'say #34;hi#34; #60;b#62; #38; #35;1 #124; #96;x#96; #92;',
    );
    expect(mermaidText('two\nlines')).toBe('two<br>lines');
    expect(mermaidText('Vòng đời'.normalize('NFD'))).toBe('Vòng đời'.normalize('NFC'));
  });

  it('writes a flowchart with the title, nodes, labelled edges and kind classes', async () => {
    const d = await resolveDiagram(store, { kind: 'view', viewId: 'engine-parts' });
    const m = toMermaid(d!, 'vi');
    expect(m.startsWith('---\ntitle: "Thành phần của Docker Engine"\n---\nflowchart TB\n')).toBe(true);
    expect(m).toContain('n1("Docker Engine"):::k_component');
    expect(m).toContain('n3["REST API"]:::k_interface');
    expect(m).toContain('n1 -->|"gồm"| n2');
    expect(m).toContain('n6 -.->|"là thể hiện của"| n5');
    expect(m).toContain('classDef k_component fill:#dbeafe,stroke:#1d4ed8');
    expect(m).not.toContain('k_state');
  });

  it('labels transitions with commands, states as stadiums', async () => {
    const m = toMermaid((await resolveDiagram(store, { kind: 'lifecycle' }))!, 'en');
    expect(m).toContain('n2(["running"]):::k_state');
    expect(m).toContain('n2 -->|"docker pause"| n3');
    expect(m).toContain('n2 -.->|"die: the main process exits"| n4');
    expect(m).toMatch(/linkStyle \d+ stroke:#15803d/);
  });

  it('escapes names, labels and titles', async () => {
    const m = toMermaid((await resolveDiagram(store, { kind: 'view', viewId: 'odd' }))!, 'en');
    expect(m).toContain('title: "Odd \\"title\\" \\\\ <script>"');
    expect(m).toContain('n1("Odd #34;name#34; #92; #60;b#62;#38;amp; #124; #35;1 #96;x#96;"):::k_edition');
    expect(m).toContain('|"label #34;odd#34; #92; #60;i#62;"|');
    for (const line of m.split('\n').filter((l) => l.includes(':::') || l.includes('-->'))) {
      expect(line).not.toMatch(/"[^"]*"[^"|:\])]*"/);
    }
  });

  it('groups a comparison in subgraphs and draws "+N more"', async () => {
    const d = await resolveDiagram(store, { kind: 'comparison', a: 'image', b: 'daemon' });
    const m = toMermaid({ ...d!, collapsed: [{ attachTo: 'daemon', ids: ['x', 'y'] }] }, 'vi');
    expect(m).toContain('subgraph g2["Chung"]');
    expect(m).toContain('m1("+2 nữa"):::k_more');
    expect(m).toMatch(/n\d+ -\.- m1/);
  });

  it('is deterministic', async () => {
    const d = await resolveDiagram(store, { kind: 'neighbourhood', conceptId: 'container', depth: 2 });
    expect(toMermaid(d!, 'vi')).toBe(toMermaid(d!, 'vi'));
  });
});
