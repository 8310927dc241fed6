import { MemoryStore } from '@study-graph/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveDiagram } from '../resolve.ts';
import { syntheticGraph } from '../testing/fixture.ts';
import { overflowingLabels } from '../testing/svg-check.ts';
import { MAX_PNG_PIXELS, renderPng } from './png.ts';
import { createRenderer, drawDiagram, type Renderer } from './renderer.ts';
import { svgSize } from './svg.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const store = new MemoryStore(syntheticGraph());
const SPECS = [
  { kind: 'view', viewId: 'engine-parts' },
  { kind: 'view', viewId: 'states' },
  { kind: 'view', viewId: 'outbound' },
  { kind: 'view', viewId: 'odd' },
  { kind: 'lifecycle' },
  { kind: 'neighbourhood', conceptId: 'container', depth: 2 },
  { kind: 'path', from: 'client', to: 'docker0' },
  { kind: 'comparison', a: 'image', b: 'daemon' },
] as const;

describe('rendering', () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await createRenderer();
  });

  for (const spec of SPECS) {
    for (const locale of ['vi', 'en'] as const) {
      it(`draws ${JSON.stringify(spec)} in ${locale}: a sane PNG, no label overflowing`, async () => {
        const drawn = await renderer.drawSpec(store, spec, locale);
        expect(drawn).not.toBeNull();
        const { png, svg, width, height } = drawn!;
        expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(pngSize(png)).toEqual({ width, height });
        expect(width).toBeLessThanOrEqual(2000);
        expect(width).toBeGreaterThanOrEqual(400);
        expect(height).toBeGreaterThanOrEqual(150);
        expect(height).toBeLessThanOrEqual(4000);
        expect(png.length).toBeLessThan(500_000);
        expect(overflowingLabels(svg, renderer.metrics)).toEqual([]);
        expect(svg).toContain(`rx="14"`);
        expect(drawn!.mermaid).toContain('flowchart');
        expect(drawn!.title).toBe(drawn!.diagram.title[locale]);
      });
    }
  }

  it('gives the same DOT, SVG and PNG for the same input', async () => {
    const spec = { kind: 'comparison', a: 'image', b: 'daemon' } as const;
    const a = await renderer.drawSpec(store, spec, 'vi');
    const b = await renderer.drawSpec(store, spec, 'vi');
    expect(b?.dot).toBe(a?.dot);
    expect(b?.svg).toBe(a?.svg);
    expect(b?.png.equals(a!.png)).toBe(true);
    expect(a?.svg).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('renders at twice the SVG size, capped at 2000 px, or at a given width', async () => {
    const diagram = await resolveDiagram(store, { kind: 'view', viewId: 'odd' });
    const svg = renderer.renderSvg(renderer.toDot(diagram!, 'en'));
    const natural = svgSize(svg).width;
    expect((await renderPng(svg)).width).toBe(Math.round(natural * 2));
    expect((await renderPng(svg, { width: 640 })).width).toBe(640);
    expect((await renderPng(svg, { width: 5000 })).width).toBe(2000);
    expect((await renderPng(svg, { scale: 10 })).width).toBe(2000);
  });

  it('draws a big diagram at a smaller scale, within the pixel budget', async () => {
    const diagram = await resolveDiagram(store, { kind: 'view', viewId: 'odd' });
    const svg = renderer.renderSvg(renderer.toDot(diagram!, 'en'));
    const natural = svgSize(svg);
    const budget = natural.width * natural.height; // what scale 1 needs
    const image = await renderPng(svg, { maxPixels: budget });
    expect(image.width * image.height).toBeLessThanOrEqual(budget);
    expect(image.width).toBeGreaterThanOrEqual(natural.width - 1);
    const free = await renderPng(svg, { scale: 10, maxWidth: 100_000 });
    expect(free.width * free.height).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    expect(free.width * free.height).toBeGreaterThan(MAX_PNG_PIXELS * 0.99);
  });

  it('throws with Graphviz messages on bad DOT', () => {
    expect(() => renderer.renderSvg('digraph { a -> }')).toThrow(/Graphviz failed/);
  });

  it('catches labels Graphviz sized by itself (the check works)', () => {
    const naive = renderer.renderSvg(
      'digraph { node [fontname="Noto Sans", shape=box, margin=0]; a [label="MMMMMMMMMMMM WWWWWWWW mmmmmmmm"]; a -> b [label="WWWWWWWWWW mmmm"] }',
    );
    expect(overflowingLabels(naive, renderer.metrics).length).toBeGreaterThan(0);
  });

  it('draws with the process-wide renderer', async () => {
    const drawn = await drawDiagram(store, { kind: 'view', viewId: 'states' }, 'en');
    expect(drawn?.dot).toContain('digraph');
    expect(drawn?.nodes).toBe(4);
    expect(await drawDiagram(store, { kind: 'view', viewId: 'missing' }, 'en')).toBeNull();
  });
});
