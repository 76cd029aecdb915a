/**
 * Diacritic and OCR restoration of Vietnamese text: a noisy channel (candidates.ts) proposes
 * syllables for every word piece, a 4-gram language model (model.ts) scores sequences, a
 * beam search picks the best line, and each token gets a confidence from its local posterior.
 * Line breaks, spacing, tabs, `|` and every character outside word pieces are kept verbatim.
 */
import { CandidateIndex, ocrVariants } from './candidates.js';
import { casePattern, defaultModel, type LanguageModel } from './model.js';
import { foldSyllable, hasMarks, isValidSyllable, splitTone } from './syllable.js';
import { textUnits } from './textUnits.js';
import { ALL_DIGITS, BOS, DIGIT, FIRST_WORD_ID, NUM, PUNCT, UNK, gapTokenAt, piecesOf, unknownId, verbatimSpans, type Piece } from './tokens.js';
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
  exact: boolean;
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
  /** drop hypotheses this many log10 units below the best one at each step */
  beamFloor?: number;
}

const log10 = Math.log10;

/**
 * Least mark-loss rate assumed for text known to come from OCR: a round prior between what
 * tesseract does on clean renderings (a mark wrong on ≈1 % of marked syllables) and on the
 * seeds' scans (23 of 30 marked, well-formed syllables in channel-lines.tsv carry a wrong mark).
 */
const OCR_MARK_LOSS = 0.1;

/** kinds of pieces on a line */
const CODE = 1;
const KEPT = 2;

const CODE_PUNCT = /[./_-]/;
const LETTER = /\p{L}/u;
const LETTERS2 = /\p{L}.*\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ROMAN = /^[IVXLC]{2,}$/;
const VOWEL = /[aeiouyàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;
/** a clean line: at least this share of its well-formed syllables carry marks */
const CLEAN_MARKED_SHARE = 0.25;
/**
 * A document written with marks: at least this many lines of two or more syllables, at most this
 * share of them without any mark. Its unmarked lines are kept as written (file names, ASCII titles).
 */
const MARKED_DOC_MIN_LINES = 20;
const MARKED_DOC_MAX_UNMARKED = 0.05;
const MODIFIER_LETTER = /\p{Lm}/u;
const NO_CANDS: Candidate[] = [];
const OCR_SYMBOL = /[&¢€]/;

export interface LineInfo {
  pieces: Piece[];
  /** per piece: 0 (a word), CODE (inside 89/KH-UBND) or KEPT (URL, file name) */
  kinds: number[];
  marked: number;
  valid: number;
  invalid: number;
  /** invalid pieces of two letters or more */
  invalidWords: number;
  /** invalid pieces that look like OCR damage: marked, or with digits or OCR symbols among letters */
  damagedLike: number;
  total: number;
  capsLine: boolean;
}

/** Longest piece the channel rewrites (a syllable has at most 7 letters; a few run together stay under this). */
const MAX_REPAIRABLE_PIECE = 40;

/** What stands in for a unit's analysis once the unit is restored. */
const RELEASED: LineInfo = { pieces: [], kinds: [], marked: 0, valid: 0, invalid: 0, invalidWords: 0, damagedLike: 0, total: 0, capsLine: false };

interface PieceInfo {
  /** counts as evidence of the line's marks (not a number, abbreviation or roman numeral) */
  counted: boolean;
  wellFormed: boolean;
  marked: boolean;
  /** two letters or more, not an abbreviation */
  word: boolean;
  /** two letters or more, all capitals */
  caps: boolean;
}

interface Slot {
  fixed: number; // gap or fixed token id, or -1 for a word slot
  /** at a BOS slot: the token that ends the text before it (model.endToken), -1 none */
  end?: number;
  piece: number; // index into pieces, or -1
  cands: Candidate[];
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

/** Reusable buffers of the beam search (one restorer searches one line at a time). */
class SearchScratch {
  groupOf = new Int32Array(64);
  groupRow = new Int32Array(64);
  top = new Int32Array(64);
  score = new Float64Array(256);
  parent = new Int32Array(256);
  // kept hypotheses of every step
  H3 = new Int32Array(0);
  H2 = new Int32Array(0);
  H1 = new Int32Array(0);
  SC = new Float64Array(0);
  PARENT = new Int32Array(0);
  CAND = new Int32Array(0);
  start = new Int32Array(0);
  count = new Int32Array(0);

  reserve(steps: number, beam: number): void {
    if (steps > this.start.length) {
      this.start = new Int32Array(2 * steps);
      this.count = new Int32Array(2 * steps);
    }
    const cap = steps * beam;
    if (cap > this.H3.length) {
      this.H3 = new Int32Array(2 * cap);
      this.H2 = new Int32Array(2 * cap);
      this.H1 = new Int32Array(2 * cap);
      this.SC = new Float64Array(2 * cap);
      this.PARENT = new Int32Array(2 * cap);
      this.CAND = new Int32Array(2 * cap);
    }
  }

  ensure(m: number): Float64Array {
    if (m > this.score.length) {
      this.score = new Float64Array(2 * m);
      this.parent = new Int32Array(2 * m);
    }
    return this.score;
  }
}

/** Apply the observed piece's case pattern to a restored lower-case syllable. */
export function applyCase(observed: string, lower: string, capsLine = false): string {
  let letters = 0;
  let upper = 0;
  let firstUpper = false;
  for (const c of observed) {
    if (!LETTER.test(c)) continue;
    const up = c !== c.toLowerCase();
    if (letters === 0) firstUpper = up;
    letters++;
    if (up) upper++;
  }
  if (upper === 0) return lower;
  if ((letters >= 2 || capsLine) && upper === letters) return lower.toUpperCase();
  // on a line in capitals a mostly-capital piece is capitals damaged by OCR (PiCH → ĐÍCH)
  if (capsLine && upper * 2 >= letters) return lower.toUpperCase();
  if (firstUpper) return lower.charAt(0).toUpperCase() + lower.slice(1);
  return lower;
}

/** An abbreviation written without its đ (QD for QĐ): read as the abbreviation only on damaged lines. */
function isFoldedAbbreviation(piece: string): boolean {
  const prot = protectedToken(piece);
  return prot !== null && prot !== piece;
}

function isCaps(piece: string): boolean {
  if (piece.toUpperCase() !== piece) return false;
  let letters = 0;
  for (const c of piece) if (LETTER.test(c) && ++letters >= 2) return true;
  return false;
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
  readonly beamFloor: number;

  constructor(readonly model: LanguageModel, options: RestoreOptions = {}) {
    this.index = new CandidateIndex(model);
    this.beam = options.beam ?? 10;
    this.channelWeight = options.channelWeight ?? 1;
    this.lowConfidence = options.lowConfidence ?? 0.6;
    this.legacy = options.legacy ?? true;
    this.maxCandidates = options.maxCandidates ?? 12;
    this.rareGap = options.rareGap ?? 4;
    this.caseWeight = options.caseWeight ?? 1;
    this.beamFloor = options.beamFloor ?? 3;
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
    if (this.index.validWords.has(lower)) return true;
    if (!hasMarks(lower) && this.index.byFold.has(lower)) return true;
    return isValidSyllable(lower) && this.model.ids.has(vocabKey(lower));
  }

  /** Share of marked syllables on a line (see `analyse`). */
  markedShare(line: string): LineInfo {
    return this.analyse(line);
  }

  /**
   * Cut a line into pieces and judge each: a piece inside a code (89/KH-UBND), a URL or a file
   * name is kept; the rest are words. Counts the line's evidence: marked and unmarked
   * well-formed syllables, and invalid pieces (numbers, abbreviations, roman numerals and kept
   * pieces do not count).
   */
  analyse(line: string): LineInfo {
    const pieces = piecesOf(line);
    const kinds: number[] = new Array<number>(pieces.length).fill(0);
    const spans = verbatimSpans(line);
    let marked = 0;
    let total = 0;
    let invalid = 0;
    let invalidWords = 0;
    let damagedLike = 0;
    let damagedLikeCaps = 0;
    let valid = 0;
    let words = 0;
    let capsWords = 0;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      const t = p.text;
      const info = this.pieceInfo(t);
      const caps = info.caps;
      if (info.word) {
        words++;
        if (caps) capsWords++;
      }
      // (a modifier letter, ː ʰ ˆ, marks phonetic notation or stray symbols, not Vietnamese)
      if ((spans.length && spans.some(([a, b]) => p.start >= a && p.end <= b)) || MODIFIER_LETTER.test(t)) {
        kinds[i] = KEPT;
        continue;
      }
      const before = line[p.start - 1] ?? ' ';
      const after = line[p.end] ?? ' ';
      const next = line[p.end + 1] ?? ' ';
      if ((CODE_PUNCT.test(before) || (CODE_PUNCT.test(after) && LETTER_OR_DIGIT.test(next))) && (caps || DIGIT.test(t))) {
        kinds[i] = CODE;
        continue;
      }
      if (!info.counted) continue;
      total++;
      if (!info.wellFormed) {
        invalid++;
        if (info.word) invalidWords++;
        // (capitals among lower-case words are abbreviations: ĐD, BCĐ; on a capitals line they count)
        if (info.word && (info.marked || DIGIT.test(t) || OCR_SYMBOL.test(t))) {
          if (caps) damagedLikeCaps++;
          else damagedLike++;
        }
      } else {
        valid++;
        if (info.marked) marked++;
      }
    }
    const capsLine = words > 0 && capsWords >= 0.6 * words;
    if (capsLine) damagedLike += damagedLikeCaps;
    return { pieces, kinds, marked, total, invalid, invalidWords, damagedLike, valid, capsLine };
  }

  /** Per piece facts that do not depend on the line (cached). */
  private readonly infoCache = new Map<string, PieceInfo>();

  pieceInfo(piece: string): PieceInfo {
    let info = this.infoCache.get(piece);
    if (!info) {
      const digitsOnly = DIGIT.test(piece) && !LETTER.test(piece);
      const prot = protectedToken(piece);
      const roman = ROMAN.test(piece);
      info = {
        counted: !digitsOnly && !prot && !roman,
        wellFormed: this.wellFormed(piece),
        marked: hasMarks(piece),
        word: LETTERS2.test(piece) && !prot,
        caps: isCaps(piece),
      };
      if (this.infoCache.size > 200_000) this.infoCache.clear();
      this.infoCache.set(piece, info);
    }
    return info;
  }

  /**
   * A line clearly written with its marks, in a document without OCR damage: its well-formed
   * syllables are kept as written and only invalid pieces are repaired (partial loss of marks
   * inside such a line is far rarer than a valid but unusual word, a name or a foreign word).
   */
  static isClean(s: { marked: number; valid: number }, docDamaged: boolean): boolean {
    return !docDamaged && s.marked >= 1 && s.marked >= CLEAN_MARKED_SHARE * s.valid;
  }

  /**
   * A line in another language: in a document without OCR damage, a line with no marks whose
   * words (two letters or more) are mostly not Vietnamese syllables (a Vietnamese line that lost its marks still
   * reads as valid syllables). Kept as written.
   */
  static isForeign(s: { marked: number; valid: number; invalidWords: number }, docDamaged: boolean): boolean {
    return !docDamaged && s.marked === 0 && s.invalidWords >= 2 && s.invalidWords > s.valid;
  }

  /**
   * A line with no marks at all in a document written with marks (and without OCR damage): a
   * file name, an ASCII title or a code line written so on purpose, far more often than a line
   * whose every mark was lost while the lines around it kept theirs. Kept as written.
   */
  static unmarkedInMarkedDoc(infos: readonly { marked: number; valid: number }[], docDamaged: boolean): (s: { marked: number; valid: number }) => boolean {
    if (docDamaged) return () => false;
    let lines = 0;
    let unmarked = 0;
    for (const s of infos) {
      if (s.valid < 2) continue;
      lines++;
      if (s.marked === 0) unmarked++;
    }
    const marked = lines >= MARKED_DOC_MIN_LINES && unmarked <= MARKED_DOC_MAX_UNMARKED * lines;
    return (s) => marked && s.valid >= 2 && s.marked === 0;
  }

  /** An invalid piece on a clean line that is not damaged Vietnamese: kept as written. */
  private keptOnCleanLine(line: string, p: Piece, capsLine: boolean): boolean {
    const t = p.text;
    if (!LETTER.test(t)) return false;
    if (DIGIT.test(t)) return true; // letters with digits on a clean line are a code (G1, A4), not OCR damage
    const letters = [...t].filter((c) => LETTER.test(c));
    if (letters.length <= 1) return true; // a lone letter: list markers a) đ), initials
    if (!capsLine && isCaps(t)) return true; // capitals among lower-case words: an abbreviation (TP., VAC, ĐD)
    if (!VOWEL.test(t)) return true; // no vowel at all: a unit or code (kg, km)
    if (/^[ivxlc]+$/.test(t)) return true; // a lower-case roman numeral: (iv)
    // a word cut short by an ellipsis ("ch...")
    return line.startsWith('...', p.end) || line[p.end] === '…';
  }

  private markCost(key: string, w: string, obsMarked: boolean, loss: number, wMarked = hasMarks(w)): number {
    if (w === key) return -log10(1 - loss + (wMarked ? 0 : loss));
    if (!obsMarked) return -log10(loss);
    const a = splitTone(key).base;
    const b = splitTone(w).base;
    if (a === b) return -log10(0.0015 + 0.15 * loss); // tone confused (ổ/ố)
    return -log10(0.001 + 0.2 * loss); // hat, breve or horn confused (ể/ế, ề/ê)
  }

  /** candidate lists per (rounded loss, damaged) and piece */
  private readonly cache = new Map<number, Map<string, Candidate[]>>();
  private cached = 0;

  /** Candidates for one word piece (cached per piece and rounded loss rate). */
  pieceCandidates(piece: string, loss: number, damaged = true): Candidate[] {
    // far longer than any syllable, or several run together: a code, a blob (base64), not damaged words
    if (piece.length > MAX_REPAIRABLE_PIECE) return this.keepCandidates(piece);
    const q = Math.round(loss * 20);
    const slot = q * 2 + (damaged ? 1 : 0);
    let byPiece = this.cache.get(slot);
    if (!byPiece) {
      byPiece = new Map();
      this.cache.set(slot, byPiece);
    }
    let c = byPiece.get(piece);
    if (!c) {
      c = this.prune(this.computeCandidates(piece, q / 20, damaged));
      if (++this.cached > 100_000) {
        this.cache.clear();
        this.cached = 0;
        this.cache.set(slot, byPiece = new Map());
      }
      byPiece.set(piece, c);
    }
    return c;
  }

  /** The piece as written, as the only candidate (its model id, or its unknown-word class). */
  private readonly keepCache = new Map<string, Candidate[]>();

  keepCandidates(piece: string): Candidate[] {
    let c = this.keepCache.get(piece);
    if (!c) {
      const key = vocabKey(piece);
      const id = ALL_DIGITS.test(piece) ? NUM : this.model.ids.get(key) ?? (DIGIT.test(piece) ? NUM : unknownId(piece));
      // a syllable is written in the one tone placement (hoà → hòa); anything else exactly as it is
      c = [{ id, text: key !== piece.normalize('NFC').toLowerCase() ? key : null, cost: 0, exact: false }];
      if (this.keepCache.size > 100_000) this.keepCache.clear();
      this.keepCache.set(piece, c);
    }
    return c;
  }

  /** A piece inside a code (89/KH-UBND, 1.1.NĐ.3): kept, abbreviations in their canonical form. */
  codeCandidates(piece: string, clean = false): Candidate[] {
    if (ALL_DIGITS.test(piece)) return [{ id: NUM, text: null, cost: 0, exact: false }];
    const prot = protectedToken(piece);
    if (prot && clean && prot !== piece) return [{ id: this.model.ids.get(prot.toLowerCase()) ?? unknownId(prot), text: null, cost: 0, exact: false }];
    if (prot) return [{ id: this.model.ids.get(prot.toLowerCase()) ?? unknownId(prot), text: prot, cost: 0, exact: true }];
    return [{ id: DIGIT.test(piece) ? NUM : this.model.ids.get(piece.toLowerCase()) ?? unknownId(piece), text: null, cost: 0, exact: false }];
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
    if (ALL_DIGITS.test(piece)) return [{ id: NUM, text: null, cost: 0, exact: false }];
    // a symbol on its own (&, ¢) is punctuation, not a damaged letter
    if (!/[\p{L}\p{N}]/u.test(piece)) return [{ id: model.ids.get(piece) ?? UNK, text: null, cost: 0, exact: false }];
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
        add({ id, text: model.word(id), cost: this.markCost(key, model.word(id), obsMarked, loss, this.index.marked[id] === 1), exact: false });
      }
      // a well-formed syllable the corpus never uses is suspicious on a damaged line
      // (an unknown word shares one id with every other unknown word: pay for spelling it out)
      if (!model.ids.has(key) && isValidSyllable(key)) {
        add({ id: unknownId(piece), text: key === lower ? null : key, cost: this.markCost(key, key, obsMarked, loss) + loss + 1.5, exact: false });
      }
      if (loss < 0.3 || !damaged) return [...out.values()];
    }
    // a lone Latin letter or a roman numeral is kept as it is
    if ((letters <= 1 && /^[a-zA-Z]$/.test(piece)) || /^[IVXLC]+$/.test(piece)) {
      if (!valid) add({ id: model.ids.get(lower) ?? unknownId(piece), text: null, cost: 0, exact: false });
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
    for (const [id, cost] of ranked) add({ id, text: model.word(id), cost, exact: false });
    if (!valid) {
      const known = model.ids.get(lower);
      // letters mixed with digits that read as a syllable (S6, T6, c6) are damage, not codes
      const cheap = ranked.length > 0 && ranked[0][1] < 0.7;
      // on a line that kept its marks an odd token is more likely a name or code than damage
      const keepCost = (known !== undefined ? 0.3 : (caps || firstUpper ? 1.2 : 2.2) - (isValidSyllable(lower) ? 0.6 : 0)) * Math.min(1, Math.max(0.3, loss * 2)) + (DIGIT.test(lower) && cheap ? 1.3 : 0);
      add({ id: known ?? (DIGIT.test(lower) ? NUM : unknownId(piece)), text: null, cost: keepCost, exact: false });
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
  restoreLine(line: string, loss: number, lineIndex = 0, damaged = true, info: LineInfo = this.analyse(line), clean = false): LineResult {
    const { pieces, kinds, capsLine } = info;
    if (pieces.length === 0) return { text: line, tokens: [] };
    const slots: Slot[] = [];
    let prevEnd = 0;
    let last = BOS;
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      const g = gapTokenAt(line, prevEnd, p.start);
      if (g >= 0 && last !== BOS) {
        slots.push({ fixed: g, piece: -1, cands: NO_CANDS, end: g === BOS ? this.model.endToken(line.slice(prevEnd, p.start)) : -1 });
        last = g;
      }
      let cands: Candidate[];
      if (kinds[i] === KEPT) cands = this.keepCandidates(p.text);
      else if (kinds[i] === CODE) cands = this.codeCandidates(p.text, clean);
      else if (clean) {
        const pi = this.pieceInfo(p.text);
        // a valid syllable (known to the model or not) is kept: nothing says it was damaged
        if (pi.wellFormed || isValidSyllable(p.text.toLowerCase())) cands = this.keepCandidates(p.text);
        else if (pi.counted && this.keptOnCleanLine(line, p, capsLine)) cands = this.keepCandidates(p.text);
        else if (!pi.counted && isFoldedAbbreviation(p.text)) cands = this.keepCandidates(p.text); // DU stays DU, not ĐU
        else cands = this.pieceCandidates(p.text, loss, damaged);
      } else cands = this.pieceCandidates(p.text, loss, damaged);
      // inside a sentence the case of a piece is evidence too (Bác Hồ, not Các Hồ): P(case | word)
      if (kinds[i] !== KEPT && kinds[i] !== CODE && cands.length > 1 && last !== BOS && last !== PUNCT) cands = this.withCase(p.text, cands);
      slots.push({ fixed: -1, piece: i, cands });
      last = -1;
      prevEnd = p.end;
    }
    // nothing to choose (typical of text that kept its marks): no search needed
    let trivial = true;
    for (const sl of slots) if (sl.fixed < 0 && sl.cands.length > 1) trivial = false;
    if (trivial) this.margins = new Array<number>(slots.length).fill(Infinity);
    // a line that ends with a break (. ; : ? !) ends its last sentence or clause too
    const lineEnd = gapTokenAt(line, prevEnd, line.length) === BOS ? this.model.endToken(line.slice(prevEnd)) : -1;
    const choice = trivial ? new Array<number>(slots.length).fill(0) : this.search(slots, lineEnd);
    // confidence: local posterior of each word slot given the chosen neighbours
    const chosenIds = trivial ? [] : slots.map((s, i) => (s.fixed >= 0 ? s.fixed : s.cands[choice[i]].id));
    const tokens: RestoredToken[] = [];
    let out = '';
    let pos = 0;
    for (let si = 0; si < slots.length; si++) {
      const s = slots[si];
      if (s.piece < 0) continue;
      const p = pieces[s.piece];
      const c = s.cands[choice[si]];
      let to = c.text === null ? p.text : c.exact ? c.text : applyCase(p.text, c.text, capsLine);
      // on a clean line the case of every letter is kept when only the case would change (cẤp)
      if (clean && to !== p.text && to.toLowerCase() === p.text.toLowerCase()) to = p.text;
      // a clear forward margin needs no posterior (the beam already saw every reading): over
      // 3 log10 units, or over 1 when the right context kept the forward choice
      const margin = this.margins[si];
      const clear = margin > 3 || (margin > 1 && this.forwardBest[si] === choice[si]);
      const confidence = s.cands.length <= 1 ? 1 : clear ? 1 - 10 ** -margin : this.localPosterior(slots, chosenIds, si, choice[si]);
      out += line.slice(pos, p.start) + to;
      pos = p.end;
      tokens.push({ line: lineIndex, column: p.start, from: p.text, to, confidence, changed: to !== p.text });
    }
    out += line.slice(pos);
    return { text: out, tokens };
  }

  /** Candidates with the case model's cost added: −log10 P(written with this case | word). */
  private readonly caseCache = new WeakMap<Candidate[], Candidate[]>();

  private withCase(piece: string, cands: Candidate[]): Candidate[] {
    // candidate lists are cached per piece, so one list always stands for the same piece (and case)
    let out = this.caseCache.get(cands);
    if (!out) {
      out = this.computeWithCase(piece, cands);
      this.caseCache.set(cands, out);
    }
    return out;
  }

  private computeWithCase(piece: string, cands: Candidate[]): Candidate[] {
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
  /** per slot of the last search: the candidate of the best forward reading */
  private forwardBest: number[] = [];
  private readonly scratch = new SearchScratch();

  private search(slots: Slot[], lineEnd = -1): number[] {
    const n = slots.length;
    const margins = (this.margins = new Array<number>(n).fill(Infinity));
    this.forwardBest = new Array<number>(n).fill(-1);
    const model = this.model;
    const cw = this.channelWeight;
    const beam = this.beam;
    // kept hypotheses of every step, flat: step t holds rows [start[t], start[t] + count[t])
    const scratch = this.scratch;
    scratch.reserve(n + 1, beam);
    const { H3, H2, H1, SC, PARENT, CAND, start, count } = scratch;
    // step "-1": the line start
    H3[0] = -1;
    H2[0] = -1;
    H1[0] = BOS;
    SC[0] = 0;
    count[0] = 1;
    let used = 1;
    for (let t = 0; t < n; t++) {
      const slot = slots[t];
      const ps = start[t];
      const pc = count[t];
      const out = used;
      start[t + 1] = out;
      if (slot.fixed === BOS) {
        // a sentence break: the model scores how well each reading ends its sentence
        const end = slot.end ?? -1;
        let best = ps;
        let bestScore = -Infinity;
        for (let i = ps; i < ps + pc; i++) {
          const v = SC[i] + (end >= 0 ? model.score(H3[i], H2[i], H1[i], end) : 0);
          if (v > bestScore) [best, bestScore] = [i, v];
        }
        H3[out] = -1;
        H2[out] = -1;
        H1[out] = BOS;
        SC[out] = bestScore;
        PARENT[out] = best - ps;
        CAND[out] = 0;
        count[t + 1] = 1;
        used = out + 1;
        continue;
      }
      const fixed = slot.fixed >= 0;
      const cands = slot.cands;
      const nc = fixed ? 1 : cands.length;
      // hypotheses that share the two latest words reach the same states: expand them together
      const groupOf = scratch.groupOf;
      let groups = 0;
      for (let i = 0; i < pc; i++) {
        let g = 0;
        for (; g < groups; g++) {
          const r = scratch.groupRow[g];
          if (H2[r] === H2[ps + i] && H1[r] === H1[ps + i]) break;
        }
        if (g === groups) scratch.groupRow[groups++] = ps + i;
        groupOf[i] = g;
      }
      const m = groups * nc;
      const eScore = scratch.ensure(m);
      const eParent = scratch.parent;
      eScore.fill(-Infinity, 0, m);
      for (let i = 0; i < pc; i++) {
        const r = ps + i;
        const base = groupOf[i] * nc;
        const h3 = H3[r];
        const h2 = H2[r];
        const h1 = H1[r];
        const sc = SC[r];
        for (let ci = 0; ci < nc; ci++) {
          const id = fixed ? slot.fixed : cands[ci].id;
          const s = sc + model.score(h3, h2, h1, id) - (fixed ? 0 : cw * cands[ci].cost);
          if (s > eScore[base + ci]) {
            eScore[base + ci] = s;
            eParent[base + ci] = i;
          }
        }
      }
      // forward margin of the best reading of this slot over the best different reading
      let bestE = 0;
      for (let e = 1; e < m; e++) if (eScore[e] > eScore[bestE]) bestE = e;
      if (!fixed && nc > 1) {
        const bestCand = bestE % nc;
        let second = -Infinity;
        for (let e = 0; e < m; e++) if (e % nc !== bestCand && eScore[e] > second) second = eScore[e];
        margins[t] = eScore[bestE] - second;
        this.forwardBest[t] = bestCand;
      }
      // keep the best `beam` expansions within `beamFloor` log10 units of the best
      const floor = eScore[bestE] - this.beamFloor;
      const top = scratch.top;
      let k = 0;
      for (let e = 0; e < m; e++) {
        const v = eScore[e];
        if (v < floor) continue;
        if (k === beam && v <= eScore[top[k - 1]]) continue;
        let j = k < beam ? k++ : k - 1;
        while (j > 0 && eScore[top[j - 1]] < v) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = e;
      }
      for (let j = 0; j < k; j++) {
        const e = top[j];
        const pi = eParent[e];
        const r = ps + pi;
        const ci = e % nc;
        const o = out + j;
        H3[o] = H2[r];
        H2[o] = H1[r];
        H1[o] = fixed ? slot.fixed : cands[ci].id;
        SC[o] = eScore[e];
        PARENT[o] = pi;
        CAND[o] = fixed ? 0 : ci;
      }
      count[t + 1] = k;
      used = out + k;
    }
    // a line that ends with a break (. ; : ? !) ends its last sentence or clause too
    let best = start[n];
    let bestScore = -Infinity;
    for (let i = start[n]; i < start[n] + count[n]; i++) {
      const v = SC[i] + (lineEnd >= 0 ? model.score(H3[i], H2[i], H1[i], lineEnd) : 0);
      if (v > bestScore) [best, bestScore] = [i, v];
    }
    let row = best - start[n];
    const choice = new Array<number>(n).fill(0);
    for (let t = n - 1; t >= 0; t--) {
      const r = start[t + 1] + row;
      choice[t] = CAND[r];
      row = PARENT[r];
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

  /**
   * Restore lines of one document (the share of marked syllables is judged over all of them).
   * `ocr`: the text is known to come from OCR, so even a well-formed syllable may be a
   * misreading (thấm for thẩm, tín for tin): every line gets OCR candidates.
   */
  restoreLines(input: string[], options: { ocr?: boolean; continued?: readonly (boolean | undefined)[] } = {}): RestoreResult {
    const bodies = input.map((l) => (this.legacy ? convertLegacyLine(l) : l.normalize('NFC')));
    // what is read as one text: a line, a cell wrapped over lines, a column of a table laid out as text
    const units = textUnits(bodies, options.continued);
    const infos = units.map((u) => this.analyse(u.text));
    let marked = 0;
    let total = 0;
    let invalid = 0;
    for (const s of infos) {
      marked += s.marked;
      total += s.total;
      // on a line written with marks, an invalid piece without marks, digits or OCR symbols is
      // far more often an abbreviation, a name or a foreign word than damage
      invalid += s.marked * 2 >= s.valid && s.marked > 0 ? s.damagedLike : s.invalid;
    }
    const docRate = total ? marked / total : 0.7;
    const docInvalid = total ? invalid / total : 0;
    const docDamaged = options.ocr === true || docInvalid > 0.03;
    const tokens: RestoredToken[] = [];
    const edits: { start: number; end: number; to: string }[][] = bodies.map(() => []);
    const keptUnmarked = Restorer.unmarkedInMarkedDoc(infos, docDamaged);
    units.forEach((unit, i) => {
      const s = infos[i];
      // valid-looking syllables get OCR candidates only on lines that show OCR damage: pieces
      // that are marked but invalid or mix letters with digits or OCR symbols, or many invalid
      // pieces (one English word or name on a line is no evidence of damage)
      const damaged = docDamaged || s.damagedLike > 0 || s.invalid >= 0.2 * s.total;
      const clean = Restorer.isClean(s, docDamaged);
      if (Restorer.isForeign(s, docDamaged) || keptUnmarked(s)) s.kinds.fill(KEPT);
      // OCR misreads marks even on lines that kept most of them (thấm for thẩm, tín for tin)
      const loss = Restorer.lossRate(s.marked, s.total, docRate);
      const r = this.restoreLine(unit.text, options.ocr ? Math.max(OCR_MARK_LOSS, loss) : loss, i, damaged, s, clean);
      infos[i] = RELEASED; // a unit's pieces are not needed again (a big text would hold them all)
      // back to the lines the unit's pieces stand on
      let k = 0;
      for (const t of r.tokens) {
        while (k + 1 < unit.spans.length && unit.spans[k + 1]!.at <= t.column) k++;
        const span = unit.spans[k]!;
        const column = span.start + t.column - span.at;
        t.line = span.line;
        t.column = column;
        tokens.push(t);
        if (t.changed) edits[span.line]!.push({ start: column, end: column + t.from.length, to: t.to });
      }
    });
    // edits applied in one pass (slicing the line once per edit is quadratic on a long line)
    const lines = bodies.map((body, i) => {
      const list = edits[i]!;
      if (list.length === 0) return body;
      list.sort((a, b) => a.start - b.start);
      const parts: string[] = [];
      let pos = 0;
      for (const e of list) {
        parts.push(body.slice(pos, e.start), e.to);
        pos = e.end;
      }
      parts.push(body.slice(pos));
      return parts.join('');
    });
    tokens.sort((a, b) => a.line - b.line || a.column - b.column);
    let changed = 0;
    const lowConfidence: RestoredToken[] = [];
    for (const t of tokens) {
      if (t.changed) changed++;
      if (t.confidence < this.lowConfidence && (t.changed || !this.wellFormed(t.from))) lowConfidence.push(t);
    }
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
