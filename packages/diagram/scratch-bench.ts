import { loadPack, MemoryStore } from '@study-graph/graph';
import { benchDiagrams } from './src/bench.ts';
const store = new MemoryStore(await loadPack('../../data/docker'));
const report = await benchDiagrams(store, (process.argv[2] ?? 'vi') as 'vi' | 'en', { runs: 20 });
console.log(JSON.stringify({ ...report, rows: undefined }, null, 1));
console.log('| view | nodes | edges | DOT→SVG med/p95 | SVG→PNG med/p95 | native dot med/p95 | PNG | size |');
for (const r of report.rows) console.log(`| ${r.view} | ${r.nodes} | ${r.edges} | ${r.dotToSvg.median} / ${r.dotToSvg.p95} | ${r.svgToPng.median} / ${r.svgToPng.p95} | ${r.nativeDot ? `${r.nativeDot.median} / ${r.nativeDot.p95}` : '—'} | ${r.pngWidth}×${r.pngHeight} | ${Math.round(r.pngBytes / 1024)} KB |${r.withinTarget ? '' : ' ✗'}`);
