import { readFileSync, readdirSync } from 'node:fs';
import { loadFontMetrics } from './src/fonts/metrics.ts';
import { overflowingLabels, svgTexts } from './src/testing/svg-check.ts';
const m = await loadFontMetrics();
for (const f of readdirSync('/tmp/diagrams').filter((f) => f.endsWith('.svg'))) {
  const svg = readFileSync(`/tmp/diagrams/${f}`, 'utf8');
  console.log(f, svgTexts(svg, m).length, overflowingLabels(svg, m));
}
