/**
 * Restoration benchmark: prints syllable accuracy on the held-out corpus split (marks
 * stripped; through the synthetic OCR channel), on hand-corrected real OCR seed lines, the
 * number of syllables changed in already-correct held-out text, and speed.
 *
 * Usage: node dist/scripts/restore/bench.js [--lines N] [--quick]
 */
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { corpusLinesByFile, SPLIT } from './corpus.js';
import { ocrDamageLine, rng, stripMarks } from './damage.js';
import { loadModel, DEFAULT_MODEL_PATH } from '../../src/repair/model.js';
import { isValidSyllable } from '../../src/repair/syllable.js';
import { piecesOf } from '../../src/repair/tokens.js';
import { arg, compareSyllables, normalise, restorerFromEnv } from './evaluate.js';

const maxLines = Number(arg('lines') ?? 1e9);
/** --only 1,3: run only these measurements */
const only = arg('only')?.split(',');
const want = (n: number) => !only || only.includes(String(n));
const modelPath = arg('model') ?? DEFAULT_MODEL_PATH;

let t = performance.now();
const model = loadModel(modelPath);
const loadMs = performance.now() - t;
const restorer = restorerFromEnv(model);

/** Syllable accuracy of restored lines, with the errors as they are printed (at most 5 000). */
function score(refs: string[], outs: string[]): { total: number; wrong: number; errors: string[] } {
  const r = compareSyllables(refs, outs);
  const errors = r.errors
    .filter((e) => e.from === null)
    .map((e) => `[pieces differ] ${refs[e.line]} ⇒ ${outs[e.line]}`)
    .concat(r.errors.filter((e) => e.from !== null).slice(0, 5000).map((e) => `${e.from} ⇒ ${e.to}`));
  return { total: r.total, wrong: r.wrong, errors };
}

function pct(s: { total: number; wrong: number }): string {
  return `${((100 * (s.total - s.wrong)) / s.total).toFixed(3)} % (${s.total - s.wrong}/${s.total})`;
}

function run(lines: string[]): { outs: string[]; ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const outs = restorer.restoreText(lines.join('\n')).lines;
  return { outs, ms: performance.now() - start, cpuMs: process.cpuUsage(cpu).user / 1000 };
}
const speed = (mb: number, r: { ms: number; cpuMs: number }) =>
  `${(mb / (r.cpuMs / 1000)).toFixed(2)} MB/s of CPU time (${(mb / (r.ms / 1000)).toFixed(2)} MB/s wall on a shared machine)`;

function topErrors(errors: string[], n = 15): string {
  const c = new Map<string, number>();
  for (const e of errors) c.set(e, (c.get(e) ?? 0) + 1);
  return [...c].sort((a, b) => b[1] - a[1]).slice(0, n).map(([e, k]) => `${e} ×${k}`).join(', ');
}

const held: string[] = [];
const fileOf: string[] = [];
for (const [f, l] of process.argv.includes('--seeds-only') ? [] : corpusLinesByFile(process.argv.includes('--dev') ? 'dev' : 'heldout')) {
  if (held.length >= maxLines) break;
  held.push(normalise(l));
  fileOf.push(f);
}
const files = [...new Set(fileOf)];
function perFile(outs: string[]): string {
  return files
    .map((f) => {
      const idx = held.map((_, i) => i).filter((i) => fileOf[i] === f);
      return `${f} ${pct(score(idx.map((i) => held[i]), idx.map((i) => outs[i])))}`;
    })
    .join('; ');
}
const bytes = Buffer.byteLength(held.join('\n'));

// --probe correct|stripped: in this (fresh) process, restore the held-out text once and print
// the CPU-time speed as JSON (item 6 runs this in child processes)
const probe = arg('probe');
if (probe) {
  const text = (probe === 'stripped' ? held.map(stripMarks) : held).join('\n');
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  restorer.restoreText(text);
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ mb: bytes / 1e6, cpuMs: (used.user + used.system) / 1000, ms: performance.now() - t0 }));
  process.exit(0);
}
console.log(`model ${modelPath}: ${(readFileSync(modelPath).byteLength / 1e6).toFixed(2)} MB, loaded in ${loadMs.toFixed(0)} ms`);
console.log(`held-out split: ${SPLIT}; ${held.length} lines, ${(bytes / 1e6).toFixed(2)} MB`);

if (held.length && want(1)) {
const stripped = held.map(stripMarks);
const a = run(stripped);
const sa = score(held, a.outs);
console.log(`1. marks stripped:        syllable accuracy ${pct(sa)}; ${speed(bytes / 1e6, a)}`);
console.log(`   per file: ${perFile(a.outs)}`);
console.log(`   most frequent errors: ${topErrors(sa.errors)}`);

}
if (held.length && want(2)) {
const r = rng(20241123);
const damaged = held.map((l) => ocrDamageLine(l, r));
const b = run(damaged);
const sb = score(held, b.outs);
console.log(`2. synthetic Latin OCR:   syllable accuracy ${pct(sb)}`);
console.log(`   per file: ${perFile(b.outs)}`);
console.log(`   most frequent errors: ${topErrors(sb.errors)}`);

}
if (held.length && want(3)) {
const c = run(held);
let changed = 0;
let syll = 0;
held.forEach((ref, i) => {
  const x = piecesOf(ref);
  const y = piecesOf(c.outs[i]);
  x.forEach((p, j) => {
    if (!isValidSyllable(p.text)) return;
    syll++;
    if (!y[j] || y[j].text !== p.text) changed++;
  });
});
const linesChanged = held.filter((l, i) => l !== c.outs[i]).length;
// what the differing lines changed: pieces that are valid syllables (an error on correct text) or
// pieces that are not (a typo of the corpus repaired: kêt → kết, glao → giao)
const repairs: string[] = [];
let validLines = 0;
held.forEach((ref, i) => {
  if (ref === c.outs[i]) return;
  const x = piecesOf(ref);
  const y = piecesOf(c.outs[i]);
  const diff = x.map((p, j) => [p.text, y[j]?.text ?? ''] as const).filter(([a, b]) => a !== b);
  if (x.length !== y.length || diff.some(([a]) => isValidSyllable(a))) validLines++;
  else repairs.push(...diff.map(([a, b]) => `${a} → ${b}`));
});
if (process.argv.includes('--show-changed')) held.forEach((l, i) => l !== c.outs[i] && console.log(`   ${fileOf[i]}\n     ${l}\n     ${c.outs[i]}`));
console.log(`3. already-correct text:  ${changed} of ${syll} syllables changed (${linesChanged} of ${held.length} lines differ); ${speed(bytes / 1e6, c)}`);
console.log(`   differing lines that changed a valid syllable or the piece count: ${validLines}; the others only repaired pieces that are not syllables (corpus typos): ${repairs.join(', ')}`);

}

const evalFile = 'data/restore-eval/seed-lines.tsv';
if (existsSync(evalFile) && want(4)) {
  const rows = readFileSync(evalFile, 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
  // columns: seed:line, damaged line as OCR'd, hand-corrected line
  const d = run(rows.map((x) => x[1]));
  const sd = score(rows.map((x) => normalise(x[2])), d.outs);
  const base = score(rows.map((x) => normalise(x[2])), rows.map((x) => x[1]));
  const plain = score(rows.map((x) => normalise(x[2])), run(rows.map((x) => stripMarks(x[1]))).outs);
  console.log(`4. real OCR seed lines:   syllable accuracy ${pct(sd)} on ${rows.length} lines (input as is: ${pct(base)}; OCR lines with all marks stripped first: ${pct(plain)})`);
  if (process.argv.includes('--show')) rows.forEach((x, i) => x[2] !== d.outs[i] && console.log(`   ${x[0]}\n     ${x[2]}\n     ${d.outs[i]}`));
  console.log(`   most frequent errors: ${topErrors(sd.errors)}`);
}

// 5. a real plan written in correct Unicode (seed 001): strip its marks, restore, compare
const seed001 = new URL('../../../../shared/seeds/', import.meta.url);
try {
  const dir = fileURLToPath(seed001);
  const file = readdirSync(dir).find((f) => f.startsWith('001_'));
  if (file && want(5)) {
    const ref = readFileSync(join(dir, file), 'utf8').split('\n').map(normalise);
    const e = run(ref.map(stripMarks));
    console.log(`5. seed 001 (a correct plan) with marks stripped: syllable accuracy ${pct(score(ref, e.outs))}`);
    const f = run(ref);
    console.log(`   seed 001 as is: ${ref.filter((l, i) => l !== f.outs[i]).length} of ${ref.length} lines changed`);
  }
} catch {
  // seeds not available: skip
}

// 6. speed in fresh processes (nothing cached but the loaded model), CPU time of restoreText
if (held.length && want(6)) {
  const script = fileURLToPath(import.meta.url);
  const extra = process.argv.includes('--dev') ? ['--dev'] : [];
  if (maxLines < 1e9) extra.push('--lines', String(maxLines));
  for (const mode of ['correct', 'stripped']) {
    const runs: string[] = [];
    for (let i = 0; i < 2; i++) {
      const child = spawnSync(process.execPath, [script, '--probe', mode, '--model', modelPath, ...extra], { encoding: 'utf8' });
      const r = JSON.parse(child.stdout.trim().split('\n').pop()!) as { mb: number; cpuMs: number; ms: number };
      runs.push(`${(r.mb / (r.cpuMs / 1000)).toFixed(2)} MB/s CPU (${(r.mb / (r.ms / 1000)).toFixed(2)} wall)`);
    }
    console.log(`6. fresh process, ${mode === 'correct' ? 'correct text' : 'marks stripped'}: ${runs.join('; ')} over ${(bytes / 1e6).toFixed(2)} MB`);
  }
}

// 7. \`tthc-parse restore\` on seed 000, wall time including start-up (three runs)
if (want(7)) {
  const bin = fileURLToPath(new URL('../../../bin/tthc-parse', import.meta.url));
  const dir = fileURLToPath(seed001);
  const seed000 = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith('000_')) : undefined;
  if (seed000 && existsSync(bin)) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      spawnSync(process.execPath, [bin, 'restore', join(dir, seed000)], { encoding: 'utf8' });
      times.push(performance.now() - t0);
    }
    console.log(`7. tthc-parse restore seed 000 (${(readFileSync(join(dir, seed000)).byteLength / 1e3).toFixed(0)} kB): ${times.map((t) => (t / 1000).toFixed(2)).join(' / ')} s wall (shared machine)`);
  }
}

// 8. plan text as users paste it: our own plans' text fixtures (fixtures/own-*/input.txt; tables
// laid out with tabs or aligned with spaces, cells wrapped over lines), marks stripped. Plans D, H,
// I and J are the parse benchmarks' held-out plans; none of these texts is in the corpus.
if (want(8)) {
  const root = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
  const plans = readdirSync(root).filter((d) => /^own-[a-z]-/.test(d) && !d.endsWith('-nodiacritics') && existsSync(join(root, d, 'input.txt'))).sort();
  const held = /^own-[dhij]-/;
  const totals = { dev: { total: 0, wrong: 0 }, heldout: { total: 0, wrong: 0 } };
  const parts: string[] = [];
  for (const d of plans) {
    const ref = readFileSync(join(root, d, 'input.txt'), 'utf8').split('\n').map(normalise);
    const s = score(ref, run(ref.map(stripMarks)).outs);
    const t = totals[held.test(d) ? 'heldout' : 'dev'];
    t.total += s.total;
    t.wrong += s.wrong;
    parts.push(`${d.replace(/^own-/, '')} ${((100 * (s.total - s.wrong)) / s.total).toFixed(2)} %`);
  }
  if (plans.length) {
    console.log(`8. our plans' text (tables as text, cells wrapped over lines), marks stripped: dev ${pct(totals.dev)}, held out (D, H, I, J) ${pct(totals.heldout)}`);
    console.log(`   per plan: ${parts.join(', ')}`);
  }
}
