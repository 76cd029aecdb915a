/**
 * Diacritic and OCR restoration of Vietnamese text: a noisy channel (candidates.ts) proposes
 * syllables for every word piece, a 4-gram language model (model.ts) scores sequences, a
 * beam search picks the best line, and each token gets a confidence from its local posterior.
 * Line breaks, spacing, tabs, `|` and every character outside word pieces are kept verbatim.
 */
import { CandidateIndex, ocrVariants } from './candidates.js';
import { casePattern, defaultModel, type LanguageModel } from './model.js';
import { foldSyllable, hasMarks, isValidSyllable, splitTone } from './syllable.js';
import { ALL_DIGITS, BOS, DIGIT, FIRST_WORD_ID, NUM, PUNCT, UNK, gapToken, piecesOf, unknownId } from './tokens.js';
import { vocabKey } from './vocabKey.js';
import { protectedToken } from '../vocab/protectedTokens.js';
import { convertLegacyLine } from './legacy.js';

export interface Candidate {
  id: number;
  /** lower-case text to write (case is applied later); null keeps the observed piece */
  text: string | null;
  /** channel cost, −log10 P(observed | candidate) */
  cost: number;
  /** write `text` exactly as given (canonical abbreviations) */
  exact?: boolean;
}

export interface RestoredToken {
  line: number; // 0-based line index in the input text
  column: number; // 0-based column of the piece in the input line
  from: string;
  to: string;
  confidence: number;
  changed: boolean;
}

export interface LineResult {
  text: string;
  tokens: RestoredToken[];
}

export interface RestoreResult {
  text: string;
  lines: string[];
  tokens: RestoredToken[];
  changed: number;
  lowConfidence: RestoredToken[];
}

export interface RestoreOptions {
  beam?: number;
  /** weight of the channel against the language model */
  channelWeight?: number;
  /** tokens below this confidence are reported */
  lowConfidence?: number;
  /** convert legacy encodings first (default true) */
  legacy?: boolean;
  /** most candidates kept per word */
  maxCandidates?: number;
  /** drop candidates whose unigram prior is this many log10 units below the best one */
  rareGap?: number;
  /** weight of the case model (how often each word is capitalised inside a sentence) */
  caseWeight?: number;
}

const log10 = Math.log10;

interface Slot {
  fixed: number; // gap or fixed token id, or -1 for a word slot
  /** at a BOS slot: the token that ends the text before it (model.endToken), -1 none */
  end?: number;
  piece: number; // index into pieces, or -1
  cands: Candidate[];
}

interface Hyp {
  h3: number;
  h2: number;
  h1: number;
  score: number;
  parent: number;
  cand: number;
}

const hintPatterns = new Map<string, RegExp>();
function hintPattern(hint: string): RegExp {
  let re = hintPatterns.get(hint);
  if (!re) {
    re = new RegExp(`[${hint}]`, 'u');
    hintPatterns.set(hint, re);
  }
  return re;
}

/** Apply the observed piece's case pattern to a restored lower-case syllable. */
export function applyCase(observed: string, lower: string, capsLine = false): string {
  const letters = [...observed].filter((c) => /\p{L}/u.test(c));
  const upper = letters.filter((c) => c !== c.toLowerCase());
  if (upper.length === 0) return lower;
  if ((letters.length >= 2 || capsLine) && upper.length === letters.length) return lower.toUpperCase();
  // on a line in capitals a mostly-capital piece is capitals damaged by OCR (PiCH → ĐÍCH)
  if (capsLine && upper.length * 2 >= letters.length) return lower.toUpperCase();
  const first = letters[0];
  if (first !== first.toLowerCase()) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower;
}

function isCaps(piece: string): boolean {
  const letters = [...piece].filter((c) => /\p{L}/u.test(c));
  return letters.length >= 2 && letters.every((c) => c === c.toUpperCase());
}

export class Restorer {
  readonly index: CandidateIndex;
  readonly beam: number;
  readonly channelWeight: number;
  readonly lowConfidence: number;
  readonly legacy: boolean;
  readonly maxCandidates: number;
  readonly rareGap: number;
  readonly caseWeight: number;

  constructor(readonly model: LanguageModel, options: RestoreOptions = {}) {
    this.index = new CandidateIndex(model);
    this.beam = options.beam ?? 10;
    this.channelWeight = options.channelWeight ?? 1;
    this.lowConfidence = options.lowConfidence ?? 0.6;
    this.legacy = options.legacy ?? true;
    this.maxCandidates = options.maxCandidates ?? 12;
    this.rareGap = options.rareGap ?? 4;
    this.caseWeight = options.caseWeight ?? 1;
  }

  /** How likely marks were lost on a line, from its share of marked syllables and the document's. */
  static lossRate(marked: number, total: number, docRate: number): number {
    const r = (marked + 6 * docRate) / (total + 6);
    return Math.min(0.97, Math.max(0.002, 1 - r / 0.7));
  }

  /** True when the piece is a known syllable or one with its marks stripped. */
  private readonly formCache = new Map<string, boolean>();

  wellFormed(piece: string): boolean {
    let v = this.formCache.get(piece);
    if (v === undefined) {
      v = this.computeWellFormed(piece);
      if (this.formCache.size > 200_000) this.formCache.clear();
      this.formCache.set(piece, v);
    }
    return v;
  }

  private computeWellFormed(piece: string): boolean {
    const lower = piece.toLowerCase();
    if (!hasMarks(lower) && this.index.byFold.has(lower)) return true;
    return isValidSyllable(lower) && this.model.ids.has(vocabKey(lower));
  }

  markedShare(line: string): { marked: number; total: number; invalid: number } {
    let marked = 0;
    let total = 0;
    let invalid = 0;
    for (const p of piecesOf(line)) {
      if (DIGIT.test(p.text) && !/\p{L}/u.test(p.text)) continue;
      if (protectedToken(p.text)) continue;
      total++;
      if (!this.wellFormed(p.text)) invalid++;
      else if (hasMarks(p.text)) marked++;
    }
    return { marked, total, invalid };
  }

  private markCost(key: string, w: string, obsMarked: boolean, loss: number, wMarked = hasMarks(w)): number {
    if (w === key) return -log10(1 - loss + (wMarked ? 0 : loss));
    if (!obsMarked) return -log10(loss);
    const a = splitTone(key).base;
    const b = splitTone(w).base;
    if (a === b) return -log10(0.0015 + 0.15 * loss); // tone confused (ổ/ố)
    return -log10(0.001 + 0.2 * loss); // hat, breve or horn confused (ể/ế, ề/ê)
  }

  private readonly cache = new Map<string, Candidate[]>();

  /** Candidates for one word piece (cached per piece and rounded loss rate). */
  pieceCandidates(piece: string, loss: number, damaged = true): Candidate[] {
    const q = Math.round(loss * 20) / 20;
    const key = `${q}|${damaged ? 1 : 0}|${piece}`;
    let c = this.cache.get(key);
    if (!c) {
      c = this.prune(this.computeCandidates(piece, q, damaged));
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(key, c);
    }
    return c;
  }

  /** A piece inside a code (89/KH-UBND, 1.1.NĐ.3): kept, abbreviations in their canonical form. */
  codeCandidates(piece: string): Candidate[] {
    if (ALL_DIGITS.test(piece)) return [{ id: NUM, text: null, cost: 0 }];
    const prot = protectedToken(piece);
    if (prot) return [{ id: this.model.ids.get(prot.toLowerCase()) ?? unknownId(prot), text: prot, cost: 0, exact: true }];
    return [{ id: DIGIT.test(piece) ? NUM : this.model.ids.get(piece.toLowerCase()) ?? unknownId(piece), text: null, cost: 0 }];
  }

  /** Drop candidates the channel already rules out, and very rare words, to keep the search small. */
  private prune(cands: Candidate[]): Candidate[] {
    if (cands.length <= 1) return cands;
    const best = Math.min(...cands.map((c) => c.cost));
    // the unigram score of a candidate (log10, quantised) as a prior: very rare readings rarely win
    const uni = (c: Candidate) => -this.model.frequency[c.id] / 31.875 - c.cost;
    const bestPrior = Math.max(...cands.map(uni));
    const kept = cands.filter((c) => c.cost <= best + 2.5 && uni(c) >= bestPrior - this.rareGap);
    if (kept.length <= this.maxCandidates) return kept;
    const prior = (c: Candidate) => c.cost * 1.5 + this.model.frequency[c.id] / 32;
    return kept.sort((a, b) => prior(a) - prior(b)).slice(0, this.maxCandidates);
  }

  private computeCandidates(piece: string, loss: number, damaged: boolean): Candidate[] {
    const model = this.model;
    if (ALL_DIGITS.test(piece)) return [{ id: NUM, text: null, cost: 0 }];
    // a symbol on its own (&, ¢) is punctuation, not a damaged letter
    if (!/[\p{L}\p{N}]/u.test(piece)) return [{ id: model.ids.get(piece) ?? UNK, text: null, cost: 0 }];
    const prot = protectedToken(piece);
    if (prot) return [{ id: model.ids.get(prot.toLowerCase()) ?? unknownId(prot), text: prot, cost: 0, exact: true }];
    const lower = piece.normalize('NFC').toLowerCase();
    const out = new Map<number | string, Candidate>();
    const letters = [...lower].filter((c) => /\p{L}/u.test(c)).length;
    const add = (c: Candidate) => {
      const k = c.id < FIRST_WORD_ID ? `${c.id}:${c.text}` : c.id;
      const prev = out.get(k);
      if (!prev || c.cost < prev.cost) out.set(k, c);
    };
    const valid = this.wellFormed(lower);
    if (valid) {
      const key = vocabKey(lower);
      const obsMarked = hasMarks(key);
      for (const id of this.index.byFold.get(foldSyllable(key)) ?? []) {
        add({ id, text: model.word(id), cost: this.markCost(key, model.word(id), obsMarked, loss, this.index.marked[id] === 1) });
      }
      // a well-formed syllable the corpus never uses is suspicious on a damaged line
      // (an unknown word shares one id with every other unknown word: pay for spelling it out)
      if (!model.ids.has(key) && isValidSyllable(key)) {
        add({ id: unknownId(piece), text: key === lower ? null : key, cost: this.markCost(key, key, obsMarked, loss) + loss + 1.5 });
      }
      if (loss < 0.3 || !damaged) return [...out.values()];
    }
    // a lone Latin letter or a roman numeral is kept as it is
    if ((letters <= 1 && /^[a-zA-Z]$/.test(piece)) || /^[IVXLC]+$/.test(piece)) {
      if (!valid) add({ id: model.ids.get(lower) ?? unknownId(piece), text: null, cost: 0 });
      return [...out.values()];
    }
    // damaged piece (or a valid-looking one on a damaged line): OCR rules and small edits
    const caps = isCaps(piece);
    const firstUpper = /^\p{Lu}/u.test(piece);
    const extra = valid && model.ids.has(vocabKey(lower)) ? 1.2 : 0;
    const seen = new Map<number, number>();
    for (const r of this.ocrReach(piece, lower, firstUpper, extra)) {
      const cost = r.cost + (this.index.marked[r.id] && !r.hinted ? -log10(Math.max(loss, 0.3)) : 0);
      const prev = seen.get(r.id);
      if (prev === undefined || cost < prev) seen.set(r.id, cost);
    }
    const ranked = [...seen].sort((a, b) => a[1] - b[1]).slice(0, 16);
    for (const [id, cost] of ranked) add({ id, text: model.word(id), cost });
    if (!valid) {
      const known = model.ids.get(lower);
      // letters mixed with digits that read as a syllable (S6, T6, c6) are damage, not codes
      const cheap = ranked.length > 0 && ranked[0][1] < 0.7;
      // on a line that kept its marks an odd token is more likely a name or code than damage
      const keepCost = (known !== undefined ? 0.3 : (caps || firstUpper ? 1.2 : 2.2) - (isValidSyllable(lower) ? 0.6 : 0)) * Math.min(1, Math.max(0.3, loss * 2)) + (DIGIT.test(lower) && cheap ? 1.3 : 0);
      add({ id: known ?? (DIGIT.test(lower) ? NUM : unknownId(piece)), text: null, cost: keepCost });
    }
    return [...out.values()];
  }

  private readonly reachCache = new Map<string, { id: number; cost: number; hinted: boolean }[]>();

  /** Syllables an OCR'd piece can stand for, with loss-independent channel costs (cached per piece). */
  private ocrReach(piece: string, lower: string, firstUpper: boolean, extra: number): { id: number; cost: number; hinted: boolean }[] {
    const cacheKey = `${extra}|${piece}`;
    const hit = this.reachCache.get(cacheKey);
    if (hit) return hit;
    const model = this.model;
    // folded spellings first (cheapest way to reach each), then their syllables
    const variants = ocrVariants(lower, firstUpper);
    const folds = new Map<string, { cost: number; hints: string[] }>();
    const reachFold = (f: string, cost: number, hints: string[]) => {
      const prev = folds.get(f);
      if (!prev || cost < prev.cost) folds.set(f, { cost, hints });
    };
    for (const v of variants) if (this.index.byFold.has(v.text)) reachFold(v.text, v.cost, v.hints);
    const exactBest = Math.min(...[...folds.values()].map((x) => x.cost), 9);
    // known words on a damaged line get rule rewrites and single edits only
    variants.slice(0, extra > 0 ? 2 : 4).forEach((v) => {
      if (v.cost > 1.5) return;
      const maxEdits = v.text.length <= 3 || exactBest < 0.6 || extra > 0 ? 1 : 2;
      for (const [f, ec] of this.index.near(v.text, maxEdits)) if (ec <= 2.8) reachFold(f, v.cost + ec, v.hints);
    });
    const foldList = [...folds].sort((a, b) => a[1].cost - b[1].cost).slice(0, 12);
    const out: { id: number; cost: number; hinted: boolean }[] = [];
    for (const [f, { cost: fc, hints }] of foldList) {
      for (const id of this.index.byFold.get(f) ?? []) {
        const w = model.word(id);
        let cost = fc + extra;
        let hinted = false;
        for (const h of hints) {
          if (hintPattern(h).test(w)) hinted = true;
          else cost += 0.4;
        }
        out.push({ id, cost, hinted });
      }
    }
    out.sort((a, b) => a.cost - b.cost);
    if (out.length > 40) out.length = 40;
    if (this.reachCache.size > 50_000) this.reachCache.clear();
    this.reachCache.set(cacheKey, out);
    return out;
  }

  /** Restore one line (no line breaks inside) given the mark-loss rate of its context. */
  restoreLine(line: string, loss: number, lineIndex = 0, damaged = true): LineResult {
    const pieces = piecesOf(line);
    if (pieces.length === 0) return { text: line, tokens: [] };
    const slots: Slot[] = [];
    let prevEnd = 0;
    let last = BOS;
    pieces.forEach((p, i) => {
      const g = gapToken(line.slice(prevEnd, p.start));
      if (g >= 0 && last !== BOS) {
        slots.push({ fixed: g, piece: -1, cands: [], end: g === BOS ? this.model.endToken(line.slice(prevEnd, p.start)) : -1 });
        last = g;
      }
      const before = line[p.start - 1] ?? ' ';
      const after = line[p.end] ?? ' ';
      const next = line[p.end + 1] ?? ' ';
      const codeLike =
        (/[./_-]/.test(before) || (/[./_-]/.test(after) && /[\p{L}\p{N}]/u.test(next))) && (isCaps(p.text) || DIGIT.test(p.text));
      let cands = codeLike ? this.codeCandidates(p.text) : this.pieceCandidates(p.text, loss, damaged);
      // inside a sentence the case of a piece is evidence too (Bác Hồ, not Các Hồ): P(case | word)
      if (!codeLike && cands.length > 1 && last !== BOS && last !== PUNCT) cands = this.withCase(p.text, cands);
      slots.push({ fixed: -1, piece: i, cands });
      last = -1;
      prevEnd = p.end;
    });
    // nothing to choose (typical of text that kept its marks): no search needed
    const trivial = slots.every((sl) => sl.fixed >= 0 || sl.cands.length === 1);
    if (trivial) this.margins = new Array<number>(slots.length).fill(Infinity);
    const choice = trivial ? new Array<number>(slots.length).fill(0) : this.search(slots, gapToken(line.slice(prevEnd)) === BOS ? this.model.endToken(line.slice(prevEnd)) : -1);
    const words = pieces.filter((p) => /\p{L}.*\p{L}/u.test(p.text) && !protectedToken(p.text));
    const capsLine = words.length > 0 && words.filter((p) => isCaps(p.text)).length >= 0.6 * words.length;
    // confidence: local posterior of each word slot given the chosen neighbours
    const chosenIds = slots.map((s, i) => (s.fixed >= 0 ? s.fixed : s.cands[choice[i]].id));
    const tokens: RestoredToken[] = [];
    let out = '';
    let pos = 0;
    slots.forEach((s, si) => {
      if (s.piece < 0) return;
      const p = pieces[s.piece];
      const c = s.cands[choice[si]];
      const to = c.text === null ? p.text : c.exact ? c.text : applyCase(p.text, c.text, capsLine);
      // a clear forward margin needs no posterior (the beam already saw every reading)
      const margin = this.margins[si];
      const confidence =
        s.cands.length <= 1 ? 1 : margin > 3 ? 1 - 10 ** -margin : this.localPosterior(slots, chosenIds, si, choice[si]);
      out += line.slice(pos, p.start) + to;
      pos = p.end;
      tokens.push({ line: lineIndex, column: p.start, from: p.text, to, confidence, changed: to !== p.text });
    });
    out += line.slice(pos);
    return { text: out, tokens };
  }

  /** Candidates with the case model's cost added: −log10 P(written with this case | word). */
  private withCase(piece: string, cands: Candidate[]): Candidate[] {
    const pattern = casePattern(piece);
    if (!pattern || this.caseWeight <= 0) return cands;
    const table = pattern === 'cap' ? this.model.capCost : this.model.lowerCost;
    let min = Infinity;
    let max = -Infinity;
    for (const c of cands) {
      const v = c.id >= FIRST_WORD_ID ? table[c.id] : 0;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (max - min < 0.01) return cands;
    return cands.map((c) => ({ ...c, cost: c.cost + this.caseWeight * ((c.id >= FIRST_WORD_ID ? table[c.id] : 0) - min) }));
  }

  /** LM score of ids[at] given up to three earlier ids (a BOS ends the history). */
  private scoreAt(ids: number[], at: number): number {
    let h1 = -1;
    let h2 = -1;
    let h3 = -1;
    if (at === 0) h1 = BOS;
    else {
      h1 = ids[at - 1];
      if (h1 !== BOS) {
        h2 = at >= 2 ? ids[at - 2] : BOS;
        if (h2 !== BOS && at >= 2) h3 = at >= 3 ? ids[at - 3] : BOS;
      }
    }
    return this.model.score(h3, h2, h1, ids[at]);
  }

  private localPosterior(slots: Slot[], ids: number[], at: number, chosen: number): number {
    const cands = slots[at].cands;
    const keep = ids[at];
    const end = Math.min(ids.length, at + 4);
    let max = -Infinity;
    const scores = new Float64Array(cands.length);
    for (let ci = 0; ci < cands.length; ci++) {
      ids[at] = cands[ci].id;
      let s = this.scoreAt(ids, at) - this.channelWeight * cands[ci].cost;
      for (let j = at + 1; j < end; j++) {
        if (ids[j] === BOS) break;
        s += this.scoreAt(ids, j);
      }
      scores[ci] = s;
      if (s > max) max = s;
    }
    ids[at] = keep;
    let sum = 0;
    for (let ci = 0; ci < cands.length; ci++) sum += 10 ** (scores[ci] - max);
    return 10 ** (scores[chosen] - max) / sum;
  }

  /** Beam search over the slots; returns the chosen candidate index per slot (0 for fixed slots). */
  /** per slot of the last search: forward score margin of the best reading (log10) */
  private margins: number[] = [];

  private search(slots: Slot[], lineEnd = -1): number[] {
    this.margins = new Array<number>(slots.length).fill(Infinity);
    const model = this.model;
    const cw = this.channelWeight;
    const steps: Hyp[][] = [];
    let hyps: Hyp[] = [{ h3: -1, h2: -1, h1: BOS, score: 0, parent: -1, cand: 0 }];
    for (const slot of slots) {
      const next = new Map<number, Hyp>();
      if (slot.fixed === BOS) {
        // a sentence break: the model scores how well each reading ends its sentence
        const end = slot.end ?? -1;
        const ended = hyps.map((h) => h.score + (end >= 0 ? model.score(h.h3, h.h2, h.h1, end) : 0));
        let best = 0;
        for (let i = 1; i < hyps.length; i++) if (ended[i] > ended[best]) best = i;
        const nh: Hyp[] = [{ h3: -1, h2: -1, h1: BOS, score: ended[best], parent: best, cand: 0 }];
        steps.push(nh);
        hyps = nh;
        continue;
      }
      const cands = slot.fixed >= 0 ? [{ id: slot.fixed, text: null, cost: 0 }] : slot.cands;
      hyps.forEach((h, hi) => {
        for (let ci = 0; ci < cands.length; ci++) {
          const c = cands[ci];
          const s = h.score + model.score(h.h3, h.h2, h.h1, c.id) - cw * c.cost;
          // candidates kept as-is share an id (UNK): keep them apart by candidate index
          const key = ((h.h2 + 1) * 8193 + (h.h1 + 1)) * 8193 * 32 + (c.id + 1) * 32 + (c.id < FIRST_WORD_ID ? ci % 32 : 0);
          const prev = next.get(key);
          if (!prev || s > prev.score) next.set(key, { h3: h.h2, h2: h.h1, h1: c.id, score: s, parent: hi, cand: ci });
        }
      });
      let list = [...next.values()];
      // forward margin of the best reading of this slot over the best different reading
      if (slot.fixed < 0 && slot.cands.length > 1) {
        let best = -Infinity;
        let bestCand = -1;
        for (const h of list) if (h.score > best) [best, bestCand] = [h.score, h.cand];
        let second = -Infinity;
        for (const h of list) if (h.cand !== bestCand && h.score > second) second = h.score;
        this.margins[steps.length] = best - second;
      } else this.margins[steps.length] = Infinity;
      if (list.length > 1) {
        list.sort((a, b) => b.score - a.score);
        const floor = list[0].score - 4;
        let n = 1;
        while (n < list.length && n < this.beam && list[n].score >= floor) n++;
        list.length = n;
      }
      steps.push(list);
      hyps = list;
    }
    // a line that ends with a break (. ; : ? !) ends its last sentence or clause too
    const final = hyps.map((h) => h.score + (lineEnd >= 0 ? model.score(h.h3, h.h2, h.h1, lineEnd) : 0));
    let best = 0;
    for (let i = 1; i < hyps.length; i++) if (final[i] > final[best]) best = i;
    const choice = new Array<number>(slots.length).fill(0);
    for (let t = slots.length - 1; t >= 0; t--) {
      const h = steps[t][best];
      choice[t] = h.cand;
      best = h.parent;
    }
    return choice;
  }

  /** Restore a whole text: every line on its own, line breaks and spacing untouched. */
  restoreText(input: string): RestoreResult {
    const rawLines = input.split('\n');
    const bodies = rawLines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const result = this.restoreLines(bodies);
    result.lines = result.lines.map((l, i) => (rawLines[i].endsWith('\r') ? l + '\r' : l));
    result.text = result.lines.join('\n');
    return result;
  }

  /** Restore lines of one document (the share of marked syllables is judged over all of them). */
  restoreLines(input: string[]): RestoreResult {
    const bodies = input.map((l) => (this.legacy ? convertLegacyLine(l) : l.normalize('NFC')));
    const shares = bodies.map((l) => this.markedShare(l));
    const marked = shares.reduce((a, s) => a + s.marked, 0);
    const total = shares.reduce((a, s) => a + s.total, 0);
    const docRate = total ? marked / total : 0.7;
    const docInvalid = total ? shares.reduce((a, s) => a + s.invalid, 0) / total : 0;
    const lines: string[] = [];
    const tokens: RestoredToken[] = [];
    bodies.forEach((body, i) => {
      // valid-looking syllables get OCR candidates only on lines that show OCR damage
      const damaged = shares[i].invalid > 0 || docInvalid > 0.03;
      const r = this.restoreLine(body, Restorer.lossRate(shares[i].marked, shares[i].total, docRate), i, damaged);
      lines.push(r.text);
      tokens.push(...r.tokens);
    });
    const changed = tokens.filter((t) => t.changed).length;
    const lowConfidence = tokens.filter((t) => t.confidence < this.lowConfidence && (t.changed || !this.wellFormed(t.from)));
    return { text: lines.join('\n'), lines, tokens, changed, lowConfidence };
  }
}

let shared: Restorer | null = null;

/** The process-wide restorer on the shipped model (loaded lazily, once). */
export function defaultRestorer(): Restorer {
  if (!shared) shared = new Restorer(defaultModel());
  return shared;
}

export function restoreText(text: string): RestoreResult {
  return defaultRestorer().restoreText(text);
}
