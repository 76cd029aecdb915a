/**
 * Build the restoration language model from the corpus (training part only, see corpus.ts):
 * syllable vocabulary, n-gram counts of orders 1–4 over syllable ids, stupid-backoff scores,
 * pruned by count, quantised to a byte and packed into data/restore-model.bin.
 *
 * Usage: node dist/scripts/restore/build-model.js [--out data/restore-model.bin] [--order 4]
 *        [--min2 2] [--min3 2] [--min4 3]
 */
import { writeFileSync } from 'node:fs';
import { corpusLines, SPLIT } from './corpus.js';
import { BOS, COMMA, FIRST_WORD_ID, ID_SPACE, NUM, PUNCT, UNK, ALL_DIGITS, DIGIT, gapToken, piecesOf } from '../../src/repair/tokens.js';
import { fingerprint, keyHash, MAGIC, quantise, type ModelHeader } from '../../src/repair/model.js';
import { isValidSyllable } from '../../src/repair/syllable.js';
import { vocabKey } from '../../src/repair/vocabKey.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const OUT = arg('out', 'data/restore-model.bin');
const ORDER = Number(arg('order', '4'));
const MIN = [0, 1, Number(arg('min2', '2')), Number(arg('min3', '2')), Number(arg('min4', '3'))];
const t0 = Date.now();
const log = (msg: string) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(1)}s] ${msg}\n`);

// pass 1: vocabulary
const wordCounts = new Map<string, number>();
for (const line of corpusLines('train')) {
  for (const p of piecesOf(line)) {
    if (ALL_DIGITS.test(p.text)) continue;
    const k = vocabKey(p.text);
    wordCounts.set(k, (wordCounts.get(k) ?? 0) + 1);
  }
}
const ranked = [...wordCounts].filter(([w, c]) => (isValidSyllable(w) ? c >= 2 : c >= 30 && !DIGIT.test(w)))
  .sort((a, b) => b[1] - a[1])
  .slice(0, ID_SPACE - FIRST_WORD_ID);
const vocab = ranked.map(([w]) => w);
const ids = new Map(vocab.map((w, i) => [w, FIRST_WORD_ID + i]));
log(`pass 1: ${wordCounts.size} distinct pieces, vocabulary ${vocab.length} (${vocab.filter(isValidSyllable).length} syllables)`);

// pass 2: n-gram counts
const unigram = new Float64Array(ID_SPACE);
const counts: Map<number, number>[] = [new Map(), new Map(), new Map(), new Map(), new Map()];
let tokens = 0;
const seq: number[] = [];
function idOf(piece: string): number {
  if (ALL_DIGITS.test(piece)) return NUM;
  const id = ids.get(vocabKey(piece));
  if (id !== undefined) return id;
  return DIGIT.test(piece) ? NUM : UNK;
}
function flush(): void {
  // seq starts with BOS; count n-grams that do not reach back across a BOS
  let lastBos = 0;
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i];
    if (w === BOS) {
      lastBos = i;
      unigram[BOS]++;
      continue;
    }
    unigram[w]++;
    tokens++;
    let key = w;
    let mult = ID_SPACE;
    for (let n = 2; n <= ORDER && i - n + 1 >= lastBos; n++) {
      key = seq[i - n + 1] * mult + key;
      mult *= ID_SPACE;
      const m = counts[n];
      m.set(key, (m.get(key) ?? 0) + 1);
    }
  }
  seq.length = 0;
}
let lines = 0;
for (const line of corpusLines('train')) {
  seq.push(BOS);
  let prevEnd = 0;
  for (const p of piecesOf(line)) {
    const g = gapToken(line.slice(prevEnd, p.start));
    if (g >= 0 && seq[seq.length - 1] !== BOS) seq.push(g === BOS ? BOS : g);
    seq.push(idOf(p.text));
    prevEnd = p.end;
  }
  flush();
  if (++lines % 50000 === 0) log(`${lines} lines, ${tokens} tokens, n-grams ${counts.slice(2).map((m) => m.size).join('/')}`);
}
log(`pass 2: ${lines} lines, ${tokens} tokens; distinct n-grams ${counts.slice(2).map((m) => m.size).join('/')}`);

// history counts (every n-gram's prefix count comes from the lower-order table)
function historyCount(n: number, key: number): number {
  const h = Math.floor(key / ID_SPACE);
  return n === 2 ? unigram[h] : counts[n - 1].get(h) ?? 0;
}

const sections: Uint8Array[] = [];
let offset = 0;
function addSection(bytes: Uint8Array): number {
  const at = offset;
  sections.push(bytes);
  offset += bytes.byteLength;
  const pad = (4 - (offset % 4)) % 4;
  if (pad) {
    sections.push(new Uint8Array(pad));
    offset += pad;
  }
  return at;
}

const total = tokens;
const uni = new Uint8Array(ID_SPACE);
for (let i = 0; i < ID_SPACE; i++) uni[i] = quantise(Math.log10(Math.max(unigram[i], 0.5) / total));
const header: ModelHeader = { vocab, order: ORDER, tokens, tables: [], unigrams: 0, split: SPLIT };
const pending: { order: number; buckets: number; entries: number; parts: [Uint32Array, Uint16Array, Uint8Array] }[] = [];
for (let n = 2; n <= ORDER; n++) {
  const kept: [number, number][] = [];
  for (const [key, c] of counts[n]) {
    if (c < MIN[n]) continue;
    const hc = historyCount(n, key);
    if (hc <= 0) continue;
    kept.push([key, quantise(Math.log10(c / hc))]);
  }
  const buckets = Math.max(1, Math.ceil(kept.length / 4));
  const bucketOf = new Uint32Array(kept.length);
  const sizes = new Uint32Array(buckets + 1);
  for (let i = 0; i < kept.length; i++) {
    const b = keyHash(kept[i][0]) % buckets;
    bucketOf[i] = b;
    sizes[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) sizes[b + 1] += sizes[b];
  const offsets = sizes.slice();
  const fill = sizes.slice();
  const fps = new Uint16Array(kept.length);
  const values = new Uint8Array(kept.length);
  for (let i = 0; i < kept.length; i++) {
    const at = fill[bucketOf[i]]++;
    fps[at] = fingerprint(keyHash(kept[i][0]));
    values[at] = kept[i][1];
  }
  pending.push({ order: n, buckets, entries: kept.length, parts: [offsets, fps, values] });
  log(`order ${n}: kept ${kept.length} n-grams (min count ${MIN[n]})`);
}
header.unigrams = addSection(uni);
for (const p of pending) {
  const [o, f, v] = p.parts;
  const offs = addSection(new Uint8Array(o.buffer));
  const fpsAt = addSection(new Uint8Array(f.buffer));
  const valAt = addSection(new Uint8Array(v.buffer));
  header.tables.push({ order: p.order, buckets: p.buckets, entries: p.entries, offsets: offs, fps: fpsAt, values: valAt });
}
// the header's length moves the sections: iterate until the padded prefix is stable
let json = '';
let prefix = 0;
for (let pass = 0; ; pass++) {
  if (pass > 10) throw new Error('header layout did not settle');
  const shifted: ModelHeader = JSON.parse(JSON.stringify(header));
  shifted.unigrams += prefix;
  for (const t of shifted.tables) {
    t.offsets += prefix;
    t.fps += prefix;
    t.values += prefix;
  }
  json = JSON.stringify(shifted);
  const raw = 12 + Buffer.byteLength(json);
  const next = raw + ((4 - (raw % 4)) % 4);
  if (next === prefix) break;
  prefix = next;
}
const head = Buffer.alloc(prefix);
head.write(MAGIC, 0, 'latin1');
head.writeUInt32LE(Buffer.byteLength(json), 8);
head.write(json, 12, 'utf8');
const out = Buffer.concat([head, ...sections.map((s) => Buffer.from(s.buffer, s.byteOffset, s.byteLength))]);
writeFileSync(OUT, out);
log(`wrote ${OUT}: ${(out.byteLength / 1e6).toFixed(2)} MB`);
