/**
 * The compact binary language model: a syllable vocabulary and stupid-backoff n-gram scores
 * (orders 1–4), each quantised to one byte. Orders 2–4 live in bucketed hash tables (16-bit
 * fingerprints, offsets per bucket), so loading is a handful of typed-array views on one file.
 *
 * File layout: "TTHCLM01" · u32 header length · JSON header · padding to 4 · sections.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BOS, FIRST_WORD_ID, ID_SPACE } from './tokens.js';

export const MAGIC = 'TTHCLM01';
export const QUANT_SCALE = 255 / 8; // one byte covers log10 p in [-8, 0]
export const BACKOFF = Math.log10(0.4);

export interface ModelHeader {
  vocab: string[]; // index i is id FIRST_WORD_ID + i
  order: number;
  tokens: number;
  tables: { order: number; buckets: number; entries: number; offsets: number; fps: number; values: number; bows?: number; fpsHi?: number }[];
  unigrams: number; // byte offset of the unigram value array (ID_SPACE bytes)
  unigramBows?: number; // byte offset of the unigram backoff weights (Kneser–Ney models)
  /** kn: backoff weights stored; sb (stupid backoff) and ikn (interpolated Kneser–Ney values): constant backoff penalty */
  smoothing?: 'kn' | 'sb' | 'ikn';
  split: string;
  /** byte offset of −log10 P(capitalised | word) inside a sentence, quantised (ID_SPACE bytes) */
  capitalised?: number;
  /** byte offset of quantised log10 relative frequencies of words (ID_SPACE bytes; else the unigram scores serve) */
  frequency?: number;
}

export interface NgramTable {
  buckets: number;
  offsets: Uint32Array;
  fps: Uint16Array;
  values: Uint8Array;
  bows: Uint8Array | null;
  fpsHi: Uint8Array | null;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** 32-bit hash of an n-gram key (an exact integer below 2^53). */
export function keyHash(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) >>> 0;
  return fmix32(lo ^ fmix32(hi ^ 0x2545f491));
}

export function fingerprint(hash: number): number {
  return fmix32(hash ^ 0x9e3779b9) & 0xffff;
}

/** 8 more fingerprint bits (24 in all) for tables that store them. */
export function fingerprintHi(hash: number): number {
  return (fmix32(hash ^ 0x9e3779b9) >>> 16) & 0xff;
}

export function ngramKey(ids: ArrayLike<number>, from: number, to: number): number {
  let k = 0;
  for (let i = from; i < to; i++) k = k * ID_SPACE + ids[i];
  return k;
}

export function quantise(logp: number): number {
  return Math.max(0, Math.min(255, Math.round(-logp * QUANT_SCALE)));
}

/** Backoff weights: log10 bow in [−6, +1] in one byte. */
export const BOW_SCALE = 255 / 7;
export function quantiseBow(logBow: number): number {
  return Math.max(0, Math.min(255, Math.round((logBow + 6) * BOW_SCALE)));
}

/**
 * The case of a word piece as the case model sees it: 'cap' (only the first letter a capital,
 * two or more letters), 'lower', or null (capitals, mixed case, one letter, no letters).
 */
export function casePattern(piece: string): 'cap' | 'lower' | null {
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  for (const c of piece) {
    if (!/\p{L}/u.test(c)) continue;
    const up = c !== c.toLowerCase();
    if (letters === 0) firstUpper = up;
    letters++;
    if (up) upper++;
  }
  if (letters < 2) return null;
  if (upper === 0) return 'lower';
  return upper === 1 && firstUpper ? 'cap' : null;
}

/** Pseudo-words of the model for clause ends that do not end the sentence. */
export const END_MARKERS = ['<:>', '<;>'];

/**
 * How a break between pieces (a gap whose gapToken is BOS) ends what comes before it: '.' a
 * sentence (. ! ? …), '<:>' or '<;>' a clause, null nothing the model knows (a table cell: | or tab).
 */
export function endMarker(gap: string): string | null {
  if (/[.!?…]/.test(gap)) return '.';
  if (gap.includes(':')) return '<:>';
  if (gap.includes(';')) return '<;>';
  return null;
}

export function dequantise(q: number): number {
  return -q / QUANT_SCALE;
}

export class LanguageModel {
  readonly vocab: string[];
  readonly ids = new Map<string, number>();
  readonly unigram: Uint8Array;
  readonly unigramBow: Uint8Array;
  /** −log10 relative frequency of each word, quantised like scores: a prior for pruning candidates */
  readonly frequency: Uint8Array;
  /** Kneser–Ney backoff form (else stupid backoff) */
  readonly kn: boolean;
  readonly tables: NgramTable[] = []; // index = order (2..4)
  readonly order: number;
  readonly header: ModelHeader;
  /** −log10 P(capitalised | word) and −log10 P(lower case | word) inside a sentence (zeros without a case table) */
  readonly capCost = new Float32Array(ID_SPACE);
  readonly lowerCost = new Float32Array(ID_SPACE);
  /** log10 penalty for each step down to a lower order (stupid backoff: log10 0.4) */
  backoff = BACKOFF;

  constructor(buffer: Buffer) {
    if (buffer.toString('latin1', 0, 8) !== MAGIC) throw new Error('not a tthc-parse language model');
    const len = buffer.readUInt32LE(8);
    const header = JSON.parse(buffer.toString('utf8', 12, 12 + len)) as ModelHeader;
    this.header = header;
    const ab = buffer.buffer;
    const base = buffer.byteOffset;
    this.vocab = header.vocab;
    this.order = header.order;
    header.vocab.forEach((w, i) => this.ids.set(w, FIRST_WORD_ID + i));
    this.unigram = new Uint8Array(ab, base + header.unigrams, ID_SPACE);
    this.frequency = header.frequency !== undefined ? new Uint8Array(ab, base + header.frequency, ID_SPACE) : this.unigram;
    if (process.env.UNIFREQ) this.unigram = this.frequency;
    this.kn = header.smoothing === 'kn';
    this.unigramBow = this.kn ? new Uint8Array(ab, base + header.unigramBows!, ID_SPACE) : new Uint8Array(ID_SPACE);
    if (header.capitalised !== undefined) {
      const q = new Uint8Array(ab, base + header.capitalised, ID_SPACE);
      for (let i = FIRST_WORD_ID; i < ID_SPACE; i++) {
        const p = Math.min(0.995, 10 ** (-q[i] / QUANT_SCALE));
        this.capCost[i] = -Math.log10(p);
        this.lowerCost[i] = -Math.log10(1 - p);
      }
    }
    for (const t of header.tables) {
      this.tables[t.order] = {
        buckets: t.buckets,
        offsets: new Uint32Array(ab, base + t.offsets, t.buckets + 1),
        fps: new Uint16Array(ab, base + t.fps, t.entries),
        values: new Uint8Array(ab, base + t.values, t.entries),
        bows: t.bows !== undefined && t.bows >= 0 ? new Uint8Array(ab, base + t.bows, t.entries) : null,
        fpsHi: t.fpsHi !== undefined && t.fpsHi >= 0 ? new Uint8Array(ab, base + t.fpsHi, t.entries) : null,
      };
    }
  }

  /**
   * The token whose score ends the text before a break (see endMarker): BOS for a sentence end,
   * a clause-end pseudo-word, or -1 when the break ends nothing (models without pseudo-words: BOS).
   */
  endToken(gap: string): number {
    const m = endMarker(gap);
    if (m === null) return -1;
    return m === '.' ? BOS : this.ids.get(m) ?? BOS;
  }

  word(id: number): string {
    return this.vocab[id - FIRST_WORD_ID];
  }

  /** Index of an n-gram key's entry in table `order`, or -1 when absent. */
  find(order: number, key: number): number {
    const t = this.tables[order];
    if (!t) return -1;
    const h = keyHash(key);
    const b = h % t.buckets;
    const fp = fingerprint(h);
    const end = t.offsets[b + 1];
    if (t.fpsHi) {
      const hi = fingerprintHi(h);
      for (let i = t.offsets[b]; i < end; i++) if (t.fps[i] === fp && t.fpsHi[i] === hi) return i;
      return -1;
    }
    for (let i = t.offsets[b]; i < end; i++) if (t.fps[i] === fp) return i;
    return -1;
  }

  /** Quantised value of an n-gram key in table `order`, or -1 when absent. */
  lookup(order: number, key: number): number {
    const i = this.find(order, key);
    return i < 0 ? -1 : this.tables[order].values[i];
  }

  /** log10 backoff weight of a context (0 when it is not stored). */
  private bow(order: number, key: number): number {
    if (order === 1) return this.unigramBow[key] / BOW_SCALE - 6;
    const i = this.find(order, key);
    const t = this.tables[order];
    return i < 0 || !t.bows ? 0 : t.bows[i] / BOW_SCALE - 6;
  }

  /** Kneser–Ney (backoff form) log10 p(w | h3 h2 h1), oldest first, -1 = no such history. */
  private scoreKn(h3: number, h2: number, h1: number, w: number): number {
    let acc = 0;
    if (h1 >= 0) {
      const k2 = h1 * ID_SPACE + w;
      if (h2 >= 0) {
        const ctx2 = h2 * ID_SPACE + h1;
        const k3 = h2 * ID_SPACE * ID_SPACE + k2;
        if (h3 >= 0 && this.order >= 4) {
          const i4 = this.find(4, h3 * ID_SPACE * ID_SPACE * ID_SPACE + k3);
          if (i4 >= 0) return -this.tables[4].values[i4] / QUANT_SCALE;
          acc += this.bow(3, h3 * ID_SPACE * ID_SPACE + ctx2);
        }
        const i3 = this.find(3, k3);
        if (i3 >= 0) return acc - this.tables[3].values[i3] / QUANT_SCALE;
        acc += this.bow(2, ctx2);
      }
      const i2 = this.find(2, k2);
      if (i2 >= 0) return acc - this.tables[2].values[i2] / QUANT_SCALE;
      acc += this.bow(1, h1);
    }
    return acc - this.unigram[w] / QUANT_SCALE;
  }

  /** Stupid-backoff log10 score of w after the history h3 h2 h1 (oldest first; -1 = none). */
  // direct-mapped cache of recent scores: documents repeat their n-grams a lot. One slot is
  // 16 bytes (two int32 keys, one float64 score) so a lookup touches one cache line.
  private readonly cacheBuf = new ArrayBuffer(16 << 18);
  private readonly cacheK = new Int32Array(this.cacheBuf).fill(-1);
  private readonly cacheV = new Float64Array(this.cacheBuf);

  score(h3: number, h2: number, h1: number, w: number): number {
    const a = ((h3 + 1) << 14) | (h2 + 1);
    const b = ((h1 + 1) << 14) | w;
    const slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> 14;
    const k = slot << 2;
    if (this.cacheK[k] === a && this.cacheK[k + 1] === b) return this.cacheV[(slot << 1) + 1];
    const v = this.scoreUncached(h3, h2, h1, w);
    this.cacheK[k] = a;
    this.cacheK[k + 1] = b;
    this.cacheV[(slot << 1) + 1] = v;
    return v;
  }

  // direct-mapped caches of bigram and trigram lookups: a beam asks for the same (h1, w) and
  // (h2, h1, w) under many different older histories
  private readonly f2Key = new Int32Array(1 << 17).fill(-1);
  private readonly f2Idx = new Int32Array(1 << 17);
  private readonly f3Key = new Float64Array(1 << 17).fill(-1);
  private readonly f3Idx = new Int32Array(1 << 17);

  private find2(k2: number): number {
    const slot = Math.imul(k2, 0x9e3779b1) >>> 15;
    if (this.f2Key[slot] === k2) return this.f2Idx[slot];
    const i = this.find(2, k2);
    this.f2Key[slot] = k2;
    this.f2Idx[slot] = i;
    return i;
  }

  private find3(k3: number): number {
    const slot = Math.imul((k3 >>> 0) ^ Math.floor(k3 / 4294967296), 0x85ebca77) >>> 15;
    if (this.f3Key[slot] === k3) return this.f3Idx[slot];
    const i = this.find(3, k3);
    this.f3Key[slot] = k3;
    this.f3Idx[slot] = i;
    return i;
  }

  private scoreUncached(h3: number, h2: number, h1: number, w: number): number {
    if (this.kn) return this.scoreKn(h3, h2, h1, w);
    // A stored n-gram's suffix is always stored too (counts only shrink as n grows), so a hit
    // whose suffix is missing is a fingerprint collision: checking it makes false hits rare.
    let penalty = 0;
    if (h1 >= 0) {
      const k2 = h1 * ID_SPACE + w;
      const i2 = this.find2(k2);
      if (h2 >= 0 && i2 >= 0) {
        const k3 = h2 * ID_SPACE * ID_SPACE + k2;
        const i3 = this.find3(k3);
        if (i3 >= 0) {
          if (h3 >= 0 && this.order >= 4) {
            const i4 = this.find(4, h3 * ID_SPACE * ID_SPACE * ID_SPACE + k3);
            if (i4 >= 0) return -this.tables[4].values[i4] / QUANT_SCALE;
            penalty += this.backoff;
          }
          return penalty - this.tables[3].values[i3] / QUANT_SCALE;
        }
        penalty += h3 >= 0 && this.order >= 4 ? 2 * this.backoff : this.backoff;
      } else if (h2 >= 0) {
        penalty += h3 >= 0 && this.order >= 4 ? 2 * this.backoff : this.backoff;
      }
      if (i2 >= 0) return penalty - this.tables[2].values[i2] / QUANT_SCALE;
      penalty += this.backoff;
    }
    return penalty - this.unigram[w] / QUANT_SCALE;
  }
}

/** data/restore-model.bin at the package root (this module runs from src/repair or dist/src/repair). */
export const DEFAULT_MODEL_PATH = ['../../data/restore-model.bin', '../../../data/restore-model.bin']
  .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
  .find((p) => existsSync(p)) ?? fileURLToPath(new URL('../../../data/restore-model.bin', import.meta.url));

let cached: LanguageModel | null = null;

/** The shipped model, loaded once per process on first use. */
export function defaultModel(): LanguageModel {
  if (!cached) cached = new LanguageModel(readFileSync(DEFAULT_MODEL_PATH));
  return cached;
}

export function loadModel(path: string): LanguageModel {
  return new LanguageModel(readFileSync(path));
}
