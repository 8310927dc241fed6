import { MemoryStore } from '@study-graph/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Diagram } from '../diagram.ts';
import { type FontMetrics, loadFontMetrics } from '../fonts/metrics.ts';
import { resolveDiagram } from '../resolve.ts';
import { syntheticGraph } from '../testing/fixture.ts';
import { toDot } from './build.ts';

/** Node statements: id → attribute text. */
function dotNodes(dot: string): Map<string, string> {
  return new Map(
    [...dot.matchAll(/^\s+"([^"]+)" \[(label=.*)\]$/gm)].map((m) => [m[1] ?? '', m[2] ?? ''] as const),
  );
}

/** Edge statements: "tail -> head" → attribute text. */
function dotEdges(dot: string): { tail: string; head: string; attrs: string }[] {
  return [...dot.matchAll(/^\s+"([^"]+)" -> "([^"]+)" \[(.*)\]$/gm)].map((m) => ({
    tail: m[1] ?? '',
    head: m[2] ?? '',
    attrs: m[3] ?? '',
  }));
}

/** The words of an HTML-like label, its lines joined by spaces. */
function cellTexts(attrs: string): string {
  return [...attrs.matchAll(/<FONT [^>]*>(.*?)<\/FONT>/g)].map((m) => m[1]).join(' ');
}

describe('toDot', () => {
  let metrics: FontMetrics;
  let store: MemoryStore;
  const view = async (viewId: string): Promise<Diagram> => {
    const d = await resolveDiagram(store, { kind: 'view', viewId });
    if (!d) throw new Error(viewId);
    return d;
  };
  beforeAll(async () => {
    metrics = await loadFontMetrics();
    store = new MemoryStore(syntheticGraph());
  });

  it('has every concept as a fixed-size node with its name in the locale', async () => {
    const diagram = await view('engine-parts');
    for (const locale of ['vi', 'en'] as const) {
      const nodes = dotNodes(toDot(diagram, locale, metrics));
      expect([...nodes.keys()]).toEqual(['engine', 'client', 'rest-api', 'daemon', 'image', 'container']);
      for (const c of diagram.subgraph.concepts) {
        const attrs = nodes.get(c.id) ?? '';
        const label = /label="([^"]*)"/.exec(attrs)?.[1]?.replace(/\\n/g, ' ');
        expect(label).toBe(c.name[locale]);
        expect(attrs).toMatch(/width="[\d.]+"/);
        expect(attrs).toMatch(/height="[\d.]+"/);
      }
      expect(toDot(diagram, locale, metrics)).toMatch(/node \[.*fixedsize="true"/);
    }
  });

  it('sizes each node from the widest line measured in the font', async () => {
    const diagram = await view('engine-parts');
    const nodes = dotNodes(toDot(diagram, 'vi', metrics));
    for (const c of diagram.subgraph.concepts) {
      const attrs = nodes.get(c.id) ?? '';
      const lines = (/label="([^"]*)"/.exec(attrs)?.[1] ?? '').split('\\n');
      const width = Number(/width="([\d.]+)"/.exec(attrs)?.[1]) * 72;
      const widest = Math.max(...lines.map((l) => metrics.width(l, 'sans', 13)));
      expect(width).toBeGreaterThanOrEqual(widest + 2 * 11);
      expect(width).toBeLessThan(widest + 2 * 11 + 1);
    }
  });

  it('labels edges with the relation words in the locale', async () => {
    const dot = toDot(await view('engine-parts'), 'vi', metrics);
    const edges = dotEdges(dot);
    expect(edges.map((e) => `${e.tail}->${e.head}`)).toEqual([
      'engine->client',
      'engine->rest-api',
      'engine->daemon',
      'client->rest-api',
      'rest-api->daemon',
      'daemon->image',
      'daemon->container',
      'container->image',
    ]);
    expect(edges[0]?.attrs).toContain('>gồm<');
    expect(edges.find((e) => e.tail === 'daemon')?.attrs).toContain('>quản lý<');
  });

  it('labels transitions with their command, automatic ones with event and note, dashed', async () => {
    const dot = toDot(await view('states'), 'en', metrics);
    const edges = dotEdges(dot);
    const pause = edges.find((e) => e.tail === 'running' && e.head === 'paused');
    expect(pause?.attrs).toContain('>docker pause<');
    expect(pause?.attrs).toContain('FACE="Noto Sans Mono"');
    const auto = edges.filter((e) => e.tail === 'running' && e.head === 'stopped' && e.attrs.includes('die'));
    expect(auto).toHaveLength(1);
    expect(cellTexts(auto[0]?.attrs ?? '')).toBe('die: the main process exits');
    expect(auto[0]?.attrs).toContain('style="dashed"');
    expect(dotNodes(dot).get('running')).toContain('style="rounded,filled"');
  });

  it('numbers the steps of a flow', async () => {
    const edges = dotEdges(toDot(await view('outbound'), 'vi', metrics));
    const steps = edges.filter((e) => e.attrs.includes('penwidth="1.6"'));
    expect(steps).toHaveLength(3);
    expect(steps.find((e) => e.tail === 'docker0')?.attrs).toMatch(/<B>2<\/B>.*đổi địa chỉ nguồn/);
  });

  it('draws a title and a legend of the kinds present', async () => {
    const dot = toDot(await view('engine-parts'), 'en', metrics);
    expect(dot).toContain('<B>Docker Engine components</B>');
    for (const kind of ['component', 'tool', 'interface', 'object']) expect(dot).toContain(`>${kind}<`);
    expect(dot).not.toContain('>state<');
  });

  it('is deterministic, whatever the order of the input relations', async () => {
    const diagram = await view('engine-parts');
    const shuffled: Diagram = {
      ...diagram,
      subgraph: { ...diagram.subgraph, relations: [...diagram.subgraph.relations].reverse() },
    };
    const a = toDot(diagram, 'vi', metrics);
    expect(toDot(diagram, 'vi', metrics)).toBe(a);
    expect(toDot(shuffled, 'vi', metrics)).toBe(a);
  });

  it('escapes quotes, backslashes and markup in names, labels and titles', async () => {
    const dot = toDot(await view('odd'), 'en', metrics);
    expect(dot).toContain('label="Odd \\"name\\" \\\\');
    expect(dot).toContain('<b>&amp;amp; | #1 `x`');
    expect(dot).toContain('<B>Odd &quot;title&quot; \\\\ &lt;script&gt;</B>');
    expect(dot).toContain('label &quot;odd&quot; \\\\ &lt;i&gt;');
  });

  it('lays out edges against the rank hints backwards, arrows still pointing the true way', async () => {
    const diagram = await view('engine-parts');
    const ranked: Diagram = { ...diagram, rank: { engine: 2, client: 1 } };
    const edge = dotEdges(toDot(ranked, 'en', metrics)).find(
      (e) => e.tail === 'client' && e.head === 'engine',
    );
    expect(edge?.attrs).toContain('dir="back"');
  });

  it('draws collapsed concepts as one "+N more" node', async () => {
    const diagram = await view('engine-parts');
    const more: Diagram = { ...diagram, collapsed: [{ attachTo: 'engine', ids: ['x', 'y', 'z'] }] };
    const vi = toDot(more, 'vi', metrics);
    expect(vi).toContain('"+more:engine" [label="+3 nữa"');
    expect(vi).toContain('"engine" -> "+more:engine"');
    expect(toDot(more, 'en', metrics)).toContain('label="+3 more"');
  });
});
