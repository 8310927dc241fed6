/**
 * The real data pack (data/docker): every label drawable in the shipped fonts, every view drawn
 * in both languages without a label overflowing, and the other kinds of diagram on real concepts.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { type Graph, loadPack, MemoryStore } from '@study-graph/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeLabel, moreLabel } from './diagram.ts';
import { KIND_STYLES } from './dot/styles.ts';
import { FONT_FACE_NAMES } from './fonts/files.ts';
import { createRenderer, type Renderer } from './render/renderer.ts';
import { resolveDiagram } from './resolve.ts';
import { overflowingLabels } from './testing/svg-check.ts';

const PACK = fileURLToPath(new URL('../../../data/docker', import.meta.url));
const LOCALES = ['vi', 'en'] as const;

describe('the docker pack', () => {
  let graph: Graph;
  let store: MemoryStore;
  let renderer: Renderer;
  beforeAll(async () => {
    graph = await loadPack(PACK);
    store = new MemoryStore(graph);
    renderer = await createRenderer();
  });

  it('has the figures to draw', () => {
    expect(graph.views.length).toBeGreaterThanOrEqual(14);
  });

  it('has every glyph of every label in every shipped face', async () => {
    const texts = new Set<string>();
    for (const locale of LOCALES) {
      for (const c of graph.concepts) texts.add(c.name[locale]);
      for (const v of graph.views) texts.add(v.title[locale]);
      for (const style of Object.values(KIND_STYLES)) texts.add(style.label[locale]);
      texts.add(moreLabel(12, locale));
      for (const r of graph.relations) {
        texts.add(r.label[locale]);
        if (r.note) texts.add(r.note[locale]);
      }
      for (const v of graph.views) {
        const d = await resolveDiagram(store, { kind: 'view', viewId: v.id });
        for (const r of d?.subgraph.relations ?? []) texts.add(edgeLabel(r, d!, locale));
      }
      const generated = await Promise.all([
        resolveDiagram(store, { kind: 'comparison', a: 'image', b: 'container' }),
        resolveDiagram(store, { kind: 'path', from: 'docker-run', to: 'linux-kernel' }),
        resolveDiagram(store, { kind: 'neighbourhood', conceptId: 'docker0', depth: 1 }),
      ]);
      for (const d of generated) {
        texts.add(d!.title[locale]);
        for (const g of d!.groups ?? []) texts.add(g.label[locale]);
      }
    }
    for (const r of graph.relations) if (r.flow) texts.add(r.flow);
    const all = [...texts].join('\n');
    for (const face of FONT_FACE_NAMES) {
      expect({ face, missing: renderer.metrics.missingGlyphs(all, face) }).toEqual({ face, missing: [] });
    }
  });

  it('draws every view in both languages: sane PNG, no label overflowing', async () => {
    for (const view of graph.views) {
      for (const locale of LOCALES) {
        const drawn = await renderer.drawSpec(store, { kind: 'view', viewId: view.id }, locale);
        const where = `${view.id} (${locale})`;
        expect(drawn, where).not.toBeNull();
        const { png, svg, width, height } = drawn!;
        expect({ where, signature: png.subarray(1, 4).toString('latin1') }).toEqual({
          where,
          signature: 'PNG',
        });
        expect(width, where).toBeLessThanOrEqual(2000);
        expect(width, where).toBeGreaterThanOrEqual(500);
        expect(height, where).toBeGreaterThanOrEqual(200);
        expect(height, where).toBeLessThanOrEqual(3200);
        expect(png.length, where).toBeLessThanOrEqual(500_000);
        expect({ where, problems: overflowingLabels(svg, renderer.metrics) }).toEqual({
          where,
          problems: [],
        });
        for (const c of drawn!.diagram.subgraph.concepts) {
          expect(drawn!.dot, where).toContain(`"${c.id}" [label=`);
        }
      }
    }
  }, 120_000);

  it('draws the lifecycle with the commands on the transitions, and the two ways in', async () => {
    const drawn = await renderer.drawSpec(store, { kind: 'lifecycle' }, 'en');
    const kinds = drawn!.diagram.subgraph.concepts.filter((c) => c.kind !== 'state').map((c) => c.id);
    // Only the commands that create a container stand as boxes: docker create and docker run.
    expect(kinds.sort()).toEqual(['docker-create', 'docker-run']);
    const entries = drawn!.diagram.subgraph.relations.filter((r) => r.type === 'RESULTS_IN');
    expect(entries.map((r) => `${r.from}->${r.to}`).sort()).toEqual([
      'docker-create->created',
      'docker-run->running',
    ]);
    expect(drawn?.dot).toContain('>docker pause<');
    expect(drawn?.dot).toContain('>docker unpause<');
    expect(overflowingLabels(drawn!.svg, renderer.metrics)).toEqual([]);
  });

  it('picks out the moves asked about, dims the rest, and says so in the title', async () => {
    const plain = await renderer.drawSpec(store, { kind: 'lifecycle' }, 'en');
    const asked = await renderer.drawSpec(store, { kind: 'lifecycle', from: 'paused', to: 'exited' }, 'en');
    const route = asked!.diagram.route!.map(
      (key) => asked!.diagram.subgraph.relations.find((r) => r.key === key)!,
    );
    // A chain of moves from paused to exited, each one a transition of the figure.
    expect(route[0]?.from).toBe('paused');
    expect(route.at(-1)?.to).toBe('exited');
    for (let i = 1; i < route.length; i++) expect(route[i]!.from).toBe(route[i - 1]!.to);
    expect(asked!.diagram.title.en).toBe('From Paused to Exited');
    expect(asked!.diagram.highlight).toEqual(['paused', 'exited']);
    expect(asked!.dot.match(/penwidth="3"/g)).toHaveLength(route.length);
    expect(asked!.dot).toContain('#d5dce5');
    expect(plain!.dot).not.toContain('#d5dce5');
    expect(Buffer.compare(asked!.png, plain!.png)).not.toBe(0);
    // In the drawing itself, in both languages: the route's edges drawn bold, its ends emphasised.
    for (const locale of LOCALES) {
      const drawn = await renderer.drawSpec(
        store,
        { kind: 'lifecycle', from: 'paused', to: 'exited' },
        locale,
      );
      expect(drawn!.svg.match(/<path fill="none" stroke="#15803d" stroke-width="3"/g), locale).toHaveLength(
        route.length,
      );
      expect(drawn!.svg.match(/stroke-width="2.6"/g), locale).toHaveLength(2);
      expect(drawn!.png.subarray(1, 4).toString(), locale).toBe('PNG');
    }
    // One end only: every move out of that state.
    const out = await renderer.drawSpec(store, { kind: 'lifecycle', from: 'paused' }, 'en');
    const outs = out!.diagram.subgraph.relations.filter(
      (r) => r.type === 'TRANSITION' && r.from === 'paused',
    );
    expect([...out!.diagram.route!].sort()).toEqual(outs.map((r) => r.key).sort());
  });

  it("draws flow steps only in a flow's own figure, where every step is", async () => {
    const inFlows = new Set(graph.relations.filter((r) => r.type === 'FLOW').flatMap((r) => [r.from, r.to]));
    expect(inFlows.size).toBeGreaterThan(0);
    for (const id of inFlows) {
      const d = await resolveDiagram(store, { kind: 'neighbourhood', conceptId: id, depth: 2 });
      expect(
        d!.subgraph.relations.filter((r) => r.type === 'FLOW'),
        id,
      ).toEqual([]);
    }
    const flowView = graph.views.find((v) => v.kind === 'flow')!;
    const drawn = await resolveDiagram(store, { kind: 'view', viewId: flowView.id });
    const step = drawn!.subgraph.relations.find((r) => r.type === 'FLOW')!;
    expect(edgeLabel(step, drawn!, 'en')).toMatch(/^\d+\. /);
  });

  it('draws the neighbourhood of every concept without overflow', async () => {
    for (const c of graph.concepts) {
      const diagram = await resolveDiagram(store, { kind: 'neighbourhood', conceptId: c.id, depth: 1 });
      expect(diagram, c.id).not.toBeNull();
      expect(diagram!.subgraph.concepts.length + (diagram!.collapsed?.length ?? 0), c.id).toBeLessThanOrEqual(
        24,
      );
      await nextTurn(); // Many layouts in a row: let the test runner's messages through.
      const svg = renderer.renderSvg(renderer.toDot(diagram!, 'vi'));
      expect({ id: c.id, problems: overflowingLabels(svg, renderer.metrics) }).toEqual({
        id: c.id,
        problems: [],
      });
    }
  }, 120_000);

  it('draws comparisons, paths and deep neighbourhoods of real concepts', async () => {
    const specs = [
      { kind: 'comparison', a: 'lxc', b: 'docker' },
      { kind: 'comparison', a: 'bridge-driver', b: 'overlay-driver' },
      { kind: 'path', from: 'docker-run', to: 'linux-kernel' },
      { kind: 'neighbourhood', conceptId: 'docker0', depth: 2 },
    ] as const;
    for (const spec of specs) {
      for (const locale of LOCALES) {
        const drawn = await renderer.drawSpec(store, spec, locale);
        expect(drawn, JSON.stringify(spec)).not.toBeNull();
        expect(drawn!.width).toBeLessThanOrEqual(2000);
        expect(overflowingLabels(drawn!.svg, renderer.metrics)).toEqual([]);
      }
    }
  }, 60_000);

  it('draws a real view the same way twice', async () => {
    const a = await renderer.drawSpec(store, { kind: 'view', viewId: graph.views[0]!.id }, 'vi');
    const b = await renderer.drawSpec(store, { kind: 'view', viewId: graph.views[0]!.id }, 'vi');
    expect(b!.svg).toBe(a!.svg);
    expect(b!.png.equals(a!.png)).toBe(true);
  });
});
