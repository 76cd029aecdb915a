/**
 * Build the restoration language model from the corpus (training part only, see corpus.ts):
 * syllable vocabulary, n-gram counts of orders 1–4 over syllable ids (a sentence end counts as a
 * word, so the model knows which words end sentences), Kneser–Ney probabilities,
 * pruned by count, quantised to a byte and packed into data/restore-model.bin.
 *
 * Usage: node dist/scripts/restore/build-model.js [--out data/restore-model.bin] [--order 4]
 *        [--min2 1] [--min3 1] [--min4 3] [--smoothing ikn|kn|sb] [--fp-bits 24|16]
 */
import { writeFileSync } from 'node:fs';
import { corpusLines, SPLIT } from './corpus.js';
import { BOS, FIRST_WORD_ID, ID_SPACE, NUM, PUNCT, ALL_DIGITS, DIGIT, gapToken, piecesOf, unknownId } from '../../src/repair/tokens.js';
import { casePattern, endMarker, END_MARKERS, fingerprint, fingerprintHi, keyHash, MAGIC, quantise, quantiseBow, type ModelHeader } from '../../src/repair/model.js';
import { isValidSyllable } from '../../src/repair/syllable.js';
import { vocabKey } from '../../src/repair/vocabKey.js';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}
const OUT = arg('out', 'data/restore-model.bin');
const ORDER = Number(arg('order', '4'));
/**
 * ikn (default): interpolated Kneser–Ney probabilities of the kept n-grams, scored with a constant
 * backoff penalty for unseen ones (as fast and small as stupid backoff, measured better on dev);
 * kn: Kneser–Ney in backoff form with a stored weight per context; sb: stupid backoff (relative frequencies).
 */
const SMOOTHING = arg('smoothing', 'ikn') as 'sb' | 'kn' | 'ikn';
const FP_BITS = Number(arg('fp-bits', '24'));
const MIN = [0, 1, Number(arg('min2', '1')), Number(arg('min3', '1')), Number(arg('min4', '3'))];
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
const MIN_OTHER = Number(arg('min-other', '8'));
const ranked = [...wordCounts].filter(([w, c]) => (isValidSyllable(w) ? c >= 2 : c >= MIN_OTHER && !DIGIT.test(w)))
  .sort((a, b) => b[1] - a[1])
  .slice(0, ID_SPACE - FIRST_WORD_ID);
// pseudo-words for breaks that end a clause without ending the sentence (Số: …, như sau: …; a; b;)
const vocab = [...ranked.map(([w]) => w), ...END_MARKERS];
const ids = new Map(vocab.map((w, i) => [w, FIRST_WORD_ID + i]));
const FIRST_END_ID = ids.get(END_MARKERS[0])!;
log(`pass 1: ${wordCounts.size} distinct pieces, vocabulary ${vocab.length} (${vocab.filter(isValidSyllable).length} syllables)`);

// pass 2: n-gram counts
const unigram = new Float64Array(ID_SPACE);
const counts: Map<number, number>[] = [new Map(), new Map(), new Map(), new Map(), new Map()];
let tokens = 0;
let eos = 0; // sentence ends (a BOS after words, also at the end of a line that ends with . ; : ? !)
const seq: number[] = [];
function idOf(piece: string): number {
  if (ALL_DIGITS.test(piece)) return NUM;
  const id = ids.get(vocabKey(piece));
  if (id !== undefined) return id;
  return DIGIT.test(piece) ? NUM : unknownId(piece);
}
/** Count the n-grams (2..ORDER) that end at seq[i] and do not reach back before seq[from]. */
function countEndingAt(i: number, from: number): void {
  let key = seq[i];
  let mult = ID_SPACE;
  for (let n = 2; n <= ORDER && i - n + 1 >= from; n++) {
    key = seq[i - n + 1] * mult + key;
    mult *= ID_SPACE;
    const m = counts[n];
    m.set(key, (m.get(key) ?? 0) + 1);
  }
}
function flush(): void {
  // seq starts with BOS; count n-grams that do not reach back across a BOS
  let lastBos = 0;
  for (let i = 0; i < seq.length; i++) {
    const w = seq[i];
    if (w === BOS) {
      // a BOS after words also ends the sentence before it: count the n-grams ending in it
      // (unless a clause-end pseudo-word, counted as a word, stands before it)
      if (i > lastBos && seq[i - 1] < FIRST_END_ID) {
        eos++;
        countEndingAt(i, lastBos);
      }
      lastBos = i;
      if (i < seq.length - 1) unigram[BOS]++; // as a context
      continue;
    }
    unigram[w]++;
    tokens++;
    countEndingAt(i, lastBos);
  }
  seq.length = 0;
}
/** A break between pieces: a colon or semicolon ends its clause with a pseudo-word, then the context restarts. */
function pushBreak(g: number, gap: string): void {
  if (g !== BOS) {
    seq.push(g);
    return;
  }
  const marker = endMarker(gap);
  if (marker !== null && marker !== '.') seq.push(ids.get(marker)!);
  seq.push(BOS);
}
let lines = 0;
const midCount = new Float64Array(ID_SPACE);
const capCount = new Float64Array(ID_SPACE);
for (const line of corpusLines('train')) {
  seq.push(BOS);
  let prevEnd = 0;
  for (const p of piecesOf(line)) {
    const g = gapToken(line.slice(prevEnd, p.start));
    if (g >= 0 && seq[seq.length - 1] !== BOS) pushBreak(g, line.slice(prevEnd, p.start));
    const id = idOf(p.text);
    // how often each word is written capitalised inside a sentence (names, titles: Bác Hồ, Vạn Khánh)
    const prev = seq[seq.length - 1];
    const pattern = prev === BOS || prev === PUNCT ? null : casePattern(p.text);
    if (pattern) {
      midCount[id]++;
      if (pattern === 'cap') capCount[id]++;
    }
    seq.push(id);
    prevEnd = p.end;
  }
  if (gapToken(line.slice(prevEnd)) === BOS && seq[seq.length - 1] !== BOS) pushBreak(BOS, line.slice(prevEnd));
  flush();
  if (++lines % 50000 === 0) log(`${lines} lines, ${tokens} tokens, n-grams ${counts.slice(2).map((m) => m.size).join('/')}`);
}
log(`pass 2: ${lines} lines, ${tokens} tokens; distinct n-grams ${counts.slice(2).map((m) => m.size).join('/')}`);

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

/*
 * Interpolated Kneser–Ney (one discount per order, D = n1 / (n1 + 2 n2)), then pruned by
 * raw count and written in backoff form: p(w | h) for kept n-grams and a backoff weight for
 * every kept context, so unseen n-grams cost bow(h) · p(w | shorter h).
 */
const pow = (n: number) => ID_SPACE ** n;
const firstId = (key: number, n: number) => Math.floor(key / pow(n - 1));
const suffix = (key: number, n: number) => key % pow(n - 1); // drop the first id
const context = (key: number) => Math.floor(key / ID_SPACE); // drop the last id
const lastId = (key: number) => key % ID_SPACE;

// adjusted counts: raw for the top order and for n-grams that start a sentence; continuation counts otherwise
const raw: Map<number, number>[] = [new Map(), new Map(), ...counts.slice(2)];
for (let w = 0; w < ID_SPACE; w++) if (unigram[w] > 0 && w !== BOS) raw[1].set(w, unigram[w]);
raw[1].set(BOS, eos); // BOS as the last word of an n-gram: the end of a sentence
const adj: Map<number, number>[] = [new Map()];
for (let n = 1; n <= ORDER; n++) {
  if (n === ORDER) {
    adj[n] = raw[n];
    continue;
  }
  const cc = new Map<number, number>();
  for (const key of raw[n + 1].keys()) {
    const sfx = suffix(key, n + 1);
    cc.set(sfx, (cc.get(sfx) ?? 0) + 1);
  }
  for (const [key, c] of raw[n]) if (n > 1 && firstId(key, n) === BOS) cc.set(key, c);
  adj[n] = cc;
}
const D: number[] = [0];
for (let n = 1; n <= ORDER; n++) {
  let n1 = 0;
  let n2 = 0;
  for (const c of adj[n].values()) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  D[n] = n1 + 2 * n2 > 0 ? Math.min(0.95, n1 / (n1 + 2 * n2)) : 0.5;
}
log(`discounts ${D.slice(1).map((d) => d.toFixed(3)).join(' ')}`);
// modified Kneser–Ney (Chen & Goodman): discounts D1, D2, D3+ per order from the counts of counts
const MKN = arg('mkn', '1') === '1';
const D3: number[][] = [[0, 0, 0]];
for (let n = 1; n <= ORDER; n++) {
  const nc = [0, 0, 0, 0, 0];
  for (const c of adj[n].values()) if (c <= 4) nc[c]++;
  const y = nc[1] / Math.max(1, nc[1] + 2 * nc[2]);
  const d = [1 - (2 * y * nc[2]) / Math.max(1, nc[1]), 2 - (3 * y * nc[3]) / Math.max(1, nc[2]), 3 - (4 * y * nc[4]) / Math.max(1, nc[3])];
  D3[n] = MKN && d.every((x) => x > 0 && Number.isFinite(x)) ? d : [D[n], D[n], D[n]];
}
const discount = (n: number, c: number) => D3[n][Math.min(c, 3) - 1];
if (MKN) log(`modified KN discounts ${D3.slice(1).map((d) => d.map((x) => x.toFixed(2)).join('/')).join(' ')}`);

// interpolated probabilities, lowest order first
const prob: Map<number, number>[] = [new Map()];
{
  let sum = 0;
  for (const c of adj[1].values()) sum += c;
  const types = adj[1].size;
  const V = vocab.length + FIRST_WORD_ID;
  const p1 = new Map<number, number>();
  for (let w = 0; w < ID_SPACE; w++) {
    const c = adj[1].get(w) ?? 0;
    p1.set(w, Math.max(c - D[1], 0) / sum + ((D[1] * types) / sum) / V);
  }
  prob[1] = p1;
}
for (let n = 2; n <= ORDER; n++) {
  const ctxSum = new Map<number, number>();
  const ctxTypes = new Map<number, number>(); // discount mass per context
  for (const [key, c] of adj[n]) {
    const h = context(key);
    ctxSum.set(h, (ctxSum.get(h) ?? 0) + c);
    ctxTypes.set(h, (ctxTypes.get(h) ?? 0) + discount(n, c));
  }
  const pn = new Map<number, number>();
  for (const [key, c] of adj[n]) {
    const h = context(key);
    const a = ctxSum.get(h)!;
    const lower = prob[n - 1].get(suffix(key, n)) ?? prob[1].get(lastId(key))!;
    pn.set(key, Math.max(c - discount(n, c), 0) / a + (ctxTypes.get(h)! / a) * lower);
  }
  prob[n] = pn;
  log(`order ${n}: ${pn.size} probabilities`);
}

if (SMOOTHING === 'sb') {
  // stupid backoff: relative frequencies of raw counts; the decoder pays a constant per step down
  const total1 = [...raw[1].values()].reduce((x, y) => x + y, 0);
  for (let w = 0; w < ID_SPACE; w++) prob[1].set(w, Math.max(raw[1].get(w) ?? 0, 0.5) / total1);
  for (let n = 2; n <= ORDER; n++) {
    for (const [key, c] of raw[n]) {
      const h = context(key);
      const hc = n === 2 ? unigram[h] : raw[n - 1].get(h) ?? 0;
      prob[n].set(key, hc > 0 ? Math.min(1, c / hc) : 1e-8);
    }
  }
}
// pruning by raw count; contexts of kept n-grams are kept too
const keep: Set<number>[] = [new Set(), new Set()];
for (let n = 2; n <= ORDER; n++) {
  const k = new Set<number>();
  for (const [key, c] of raw[n]) if (c >= MIN[n]) k.add(key);
  keep[n] = k;
}
for (let n = ORDER; n >= 3; n--) for (const key of keep[n]) keep[n - 1].add(context(key));

// backoff weights: bow(h) = (1 − Σ kept p(w|h)) / (1 − Σ kept p(w|h')) (stored by kn models only)
const bowOf: Map<number, number>[] = [new Map()];
for (let n = 2; n <= ORDER && SMOOTHING === 'kn'; n++) {
  const num = new Map<number, number>();
  const den = new Map<number, number>();
  for (const key of keep[n]) {
    const h = context(key);
    num.set(h, (num.get(h) ?? 0) + prob[n].get(key)!);
    const lower = n === 2 ? prob[1].get(lastId(key))! : prob[n - 1].get(suffix(key, n)) ?? 0;
    den.set(h, (den.get(h) ?? 0) + lower);
  }
  const b = new Map<number, number>();
  for (const [h, sp] of num) b.set(h, Math.max(1e-6, 1 - sp) / Math.max(1e-6, 1 - den.get(h)!));
  bowOf[n - 1] = b;
}

const total = tokens;
const uni = new Uint8Array(ID_SPACE);
const uniBow = new Uint8Array(ID_SPACE).fill(quantiseBow(0));
for (let i = 0; i < ID_SPACE; i++) {
  uni[i] = quantise(Math.log10(prob[1].get(i)!));
  const b = bowOf[1]?.get(i);
  if (b !== undefined) uniBow[i] = quantiseBow(Math.log10(b));
}
const header: ModelHeader = { vocab, order: ORDER, tokens, tables: [], unigrams: 0, unigramBows: 0, smoothing: SMOOTHING, split: SPLIT };
const pending: { order: number; buckets: number; entries: number; parts: Uint8Array[] }[] = [];
for (let n = 2; n <= ORDER; n++) {
  const kept: [number, number, number][] = [];
  for (const key of keep[n]) {
    const b = bowOf[n]?.get(key);
    kept.push([key, quantise(Math.log10(prob[n].get(key)!)), quantiseBow(b === undefined ? 0 : Math.log10(b))]);
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
  const fpsHi = new Uint8Array(FP_BITS === 24 ? kept.length : 0);
  const values = new Uint8Array(kept.length);
  const bows = new Uint8Array(n < ORDER && SMOOTHING === 'kn' ? kept.length : 0);
  for (let i = 0; i < kept.length; i++) {
    const at = fill[bucketOf[i]]++;
    fps[at] = fingerprint(keyHash(kept[i][0]));
    if (fpsHi.length) fpsHi[at] = fingerprintHi(keyHash(kept[i][0]));
    values[at] = kept[i][1];
    if (bows.length) bows[at] = kept[i][2];
  }
  pending.push({ order: n, buckets, entries: kept.length, parts: [new Uint8Array(offsets.buffer), new Uint8Array(fps.buffer), values, bows, fpsHi] });
  log(`order ${n}: kept ${kept.length} n-grams (min count ${MIN[n]})`);
}
header.unigrams = addSection(uni);
// plain relative frequencies of words: the decoder's prior for pruning candidates (a Kneser–Ney
// unigram is a continuation probability: dõi, seen almost only in "theo dõi", would look rare)
{
  const total1 = [...raw[1].values()].reduce((x, y) => x + y, 0);
  const freq = new Uint8Array(ID_SPACE);
  for (let w = 0; w < ID_SPACE; w++) freq[w] = quantise(Math.log10(Math.max(raw[1].get(w) ?? 0, 0.5) / total1));
  header.frequency = addSection(freq);
}
// P(capitalised | word) inside a sentence, smoothed towards the corpus-wide share
{
  let mid = 0;
  let cap = 0;
  for (let i = FIRST_WORD_ID; i < ID_SPACE; i++) {
    mid += midCount[i];
    cap += capCount[i];
  }
  const prior = cap / Math.max(1, mid);
  const caps = new Uint8Array(ID_SPACE).fill(quantise(Math.log10(prior)));
  for (let i = FIRST_WORD_ID; i < ID_SPACE; i++) caps[i] = quantise(Math.log10(Math.min(0.995, (capCount[i] + 2 * prior) / (midCount[i] + 2))));
  header.capitalised = addSection(caps);
  log(`capitalised inside a sentence: ${(100 * prior).toFixed(2)} % of words`);
}
header.unigramBows = addSection(uniBow);
for (const p of pending) {
  const [o, f, v, bw, hi] = p.parts;
  const offs = addSection(o);
  const fpsAt = addSection(f);
  const valAt = addSection(v);
  const bowAt = bw.length ? addSection(bw) : -1;
  const hiAt = hi.length ? addSection(hi) : -1;
  header.tables.push({ order: p.order, buckets: p.buckets, entries: p.entries, offsets: offs, fps: fpsAt, values: valAt, bows: bowAt, fpsHi: hiAt });
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
    if (t.bows !== undefined && t.bows >= 0) t.bows += prefix;
    if (t.fpsHi !== undefined && t.fpsHi >= 0) t.fpsHi += prefix;
  }
  shifted.unigramBows = (shifted.unigramBows ?? 0) + prefix;
  if (shifted.capitalised !== undefined) shifted.capitalised += prefix;
  if (shifted.frequency !== undefined) shifted.frequency += prefix;
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
