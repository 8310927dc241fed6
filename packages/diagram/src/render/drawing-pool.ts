import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { resolveDiagram } from '../resolve.ts';
import type { DrawTask } from './draw-worker.ts';
import type { DrawnDiagram, Renderer } from './renderer.ts';

/** What draws a spec: the renderer on this thread, or a pool of drawing threads. */
export type Drawer = Pick<Renderer, 'drawSpec'>;

export interface DrawingPool extends Drawer {
  /** Resolves once every thread has loaded its renderer and drawn once. */
  warm(): Promise<void>;
  /** Ends the threads; drawings in progress finish first. */
  close(): Promise<void>;
}

/** Run from source, the worker is TypeScript beside this file; built, `draw-worker.js` beside the bundle. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER = new URL(FROM_SOURCE ? './draw-worker.ts' : './draw-worker.js', import.meta.url);

/** From source, a thread loads the worker through tsx's loader (its `.` export is the loader). */
function workerExecArgv(): string[] {
  return FROM_SOURCE ? ['--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href] : [];
}

/**
 * Drawing threads (Piscina): the diagram is resolved against the store here, then laid out and
 * rasterised on a worker thread, so a chat bot's event loop stays free to acknowledge interactions
 * while tens of diagrams are drawn. Threads default to the cores there are, less one, at least one;
 * they start at once and load their renderer in the background; `warm()` waits for them.
 */
export function createDrawingPool(options: { threads?: number | undefined } = {}): DrawingPool {
  const threads = options.threads ?? Math.max(1, availableParallelism() - 1);
  // `undefined` in and out: the worker's `warm`, which takes and gives nothing.
  const pool = new Piscina<DrawTask | undefined, DrawnDiagram | undefined>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: workerExecArgv(),
  });
  return {
    async drawSpec(store, spec, locale, drawOptions = {}) {
      const diagram = await resolveDiagram(store, spec, drawOptions);
      if (!diagram) return null;
      const drawn = await pool.run({ diagram, locale, options: drawOptions });
      if (!drawn) throw new Error('a drawing thread gave no drawing');
      // A Buffer crosses threads as a plain Uint8Array.
      return { ...drawn, png: Buffer.from(drawn.png.buffer, drawn.png.byteOffset, drawn.png.byteLength) };
    },
    // One warm-up per thread, sent together: Piscina gives each to an idle thread.
    async warm() {
      await Promise.all(Array.from({ length: threads }, () => pool.run(undefined, { name: 'warm' })));
    },
    close: () => pool.destroy(),
  };
}
