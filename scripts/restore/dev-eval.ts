/**
 * Tuning measurement on the DEV split only (corpus line i % 50 === 24): marks stripped →
 * restored, syllable accuracy and the most frequent errors, optionally with their context.
 * The held-out split is measured by bench.ts, once, after tuning.
 *
 * Usage: node dist/scripts/restore/dev-eval.js [--model path] [--lines N] [--context]
 *        [--errors file.tsv]  (every error with its line, for inspection)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { corpusLines } from './corpus.js';
import { stripMarks } from './damage.js';
import { loadModel, DEFAULT_MODEL_PATH } from '../../src/repair/model.js';
import { arg, compareSyllables, normalise, restorerFromEnv } from './evaluate.js';

const modelPath = arg('model') ?? DEFAULT_MODEL_PATH;
const maxLines = Number(arg('lines') ?? 1e9);
const t = performance.now();
const model = loadModel(modelPath);
const loadMs = performance.now() - t;
const restorer = restorerFromEnv(model);

if (process.argv.includes('--channel')) {
  // the OCR tuning lines (hand-corrected seed lines used to estimate the channel; never seed-lines.tsv)
  const rows = readFileSync('data/restore-eval/channel-lines.tsv', 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  // --ocr: as the repair stage restores text that came from OCR (restoreLines' ocr option)
  const damaged = rows.map((r) => r[1]!);
  const got = process.argv.includes('--ocr') ? restorer.restoreLines(damaged, { ocr: true }).lines : restorer.restoreText(damaged.join('\n')).lines;
  const a = compareSyllables(rows.map((r) => normalise(r[2]!)), got);
  console.log(`channel-lines (OCR tuning set): ${((100 * (a.total - a.wrong)) / a.total).toFixed(3)} % (${a.total - a.wrong}/${a.total})`);
  process.exit(0);
}
if (process.argv.includes('--correct')) {
  // already-correct dev text restored as is: every line that comes back different
  const dev = [...corpusLines('dev')].map(normalise).slice(0, maxLines);
  const outs = restorer.restoreText(dev.join('\n')).lines;
  let n = 0;
  dev.forEach((l, i) => {
    if (l === outs[i]) return;
    n++;
    if (process.argv.includes('--context')) console.log(`  ${l}\n  ${outs[i]}`);
  });
  console.log(`dev, already-correct text: ${n} of ${dev.length} lines differ`);
  process.exit(0);
}
const refs: string[] = [];
for (const l of corpusLines('dev')) {
  if (refs.length >= maxLines) break;
  refs.push(normalise(l));
}
const cpu = process.cpuUsage();
const outs = restorer.restoreText(refs.map(stripMarks).join('\n')).lines;
const cpuMs = process.cpuUsage(cpu).user / 1000;
const { total, wrong, errors } = compareSyllables(refs, outs);
const counts = new Map<string, number>();
const rows: string[] = [];
for (const { line, from, to, start, end } of errors) {
  if (from === null) continue; // a line whose pieces do not align: counted wrong, no pair to show
  const e = `${from} ⇒ ${to}`;
  counts.set(e, (counts.get(e) ?? 0) + 1);
  rows.push(`${e}\t${refs[line]!.slice(Math.max(0, start - 30), end + 30)}`);
}
const acc = (100 * (total - wrong)) / total;
console.log(`model ${modelPath}: ${(readFileSync(modelPath).byteLength / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`);
console.log(`dev, marks stripped: ${acc.toFixed(3)} % (${total - wrong}/${total}), ${wrong} errors, ${refs.length} lines, ${(cpuMs / 1000).toFixed(1)} s CPU`);
console.log(`top errors: ${[...counts].sort((x, y) => y[1] - x[1]).slice(0, 30).map(([e, k]) => `${e} ×${k}`).join(', ')}`);
if (process.argv.includes('--context')) for (const r of rows.slice(0, 200)) console.log(r);
const ef = arg('errors');
if (ef) writeFileSync(ef, rows.join('\n') + '\n');
