/**
 * Candidate syllables for an observed word piece: every vocabulary syllable with the same
 * letters (the marks were lost), and for damaged pieces the syllables that OCR rules plus at
 * most two one-letter edits reach (SymSpell-style deletion index over folded syllables).
 */
import type { LanguageModel } from './model.js';
import { EDIT_COST, OCR_RULES, VOWEL_LETTERS, type OcrRule } from './ocrRules.js';
import { foldSyllable, hasMarks, isValidSyllable } from './syllable.js';
import { FIRST_WORD_ID } from './tokens.js';

export interface Variant {
  text: string;
  cost: number;
  hints: string[];
  /** indexes of the rules applied */
  rules: number[];
}

function deletions(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletions(d, depth - 1, out);
    }
  }
}

/** Weighted Levenshtein distance between two folded strings (costs in −log10 p). */
let bufA = new Float64Array(64);
let bufB = new Float64Array(64);
let codesA = new Uint16Array(64);
let codesB = new Uint16Array(64);
const VOWEL_CODE = new Uint8Array(128);
for (const v of VOWEL_LETTERS) VOWEL_CODE[v.charCodeAt(0)] = 1;
const isVowelCode = (c: number) => c < 128 && VOWEL_CODE[c] === 1;

export function editCost(a: string, b: string, costs = EDIT_COST): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > bufA.length || n + 1 > codesA.length) {
    const size = 2 * Math.max(n, m) + 2;
    bufA = new Float64Array(size);
    bufB = new Float64Array(size);
    codesA = new Uint16Array(size);
    codesB = new Uint16Array(size);
  }
  for (let i = 0; i < n; i++) codesA[i] = a.charCodeAt(i);
  for (let j = 0; j < m; j++) codesB[j] = b.charCodeAt(j);
  const { ins, del, vowelForVowel, otherSub } = costs;
  let prev = bufA;
  let cur = bufB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + ins;
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0] + del;
    const ca = codesA[i - 1];
    const va = isVowelCode(ca);
    for (let j = 1; j <= m; j++) {
      const cb = codesB[j - 1];
      const sub = ca === cb ? 0 : va && isVowelCode(cb) ? vowelForVowel : otherSub;
      const x = prev[j - 1] + sub;
      const y = prev[j] + del;
      const z = cur[j - 1] + ins;
      cur[j] = x < y ? (x < z ? x : z) : y < z ? y : z;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

export class CandidateIndex {
  /** folded letters → ids of the syllables that fold to them */
  readonly byFold = new Map<string, number[]>();
  /** deletion variants → folded syllables (SymSpell), built on first use: clean text never needs it */
  private byDeletionIndex: Map<string, string[]> | null = null;
  /** 1 when the word with this id carries a mark */
  readonly marked: Uint8Array;
  /** vocabulary words that are valid syllables (as the model writes them: lower case, one tone placement) */
  readonly validWords = new Set<string>();

  constructor(readonly model: LanguageModel) {
    this.marked = new Uint8Array(FIRST_WORD_ID + model.vocab.length);
    model.vocab.forEach((w, i) => (this.marked[FIRST_WORD_ID + i] = hasMarks(w) ? 1 : 0));
    model.vocab.forEach((w, i) => {
      if (!isValidSyllable(w)) return;
      this.validWords.add(w);
      const f = foldSyllable(w);
      const list = this.byFold.get(f);
      if (list) list.push(FIRST_WORD_ID + i);
      else this.byFold.set(f, [FIRST_WORD_ID + i]);
    });
  }

  private get byDeletion(): Map<string, string[]> {
    if (this.byDeletionIndex) return this.byDeletionIndex;
    const index = new Map<string, string[]>();
    for (const f of this.byFold.keys()) {
      const dels = new Set<string>([f]);
      deletions(f, 2, dels);
      for (const d of dels) {
        const list = index.get(d);
        if (list) list.push(f);
        else index.set(d, [f]);
      }
    }
    return (this.byDeletionIndex = index);
  }

  /** Folded syllables within two edits of `text`, with their edit cost. */
  near(text: string, maxEdits: number): Map<string, number> {
    const out = new Map<string, number>();
    const dels = new Set<string>([text]);
    deletions(text, maxEdits, dels);
    for (const d of dels) {
      for (const f of this.byDeletion.get(d) ?? []) {
        if (out.has(f)) continue;
        if (Math.abs(f.length - text.length) > maxEdits) continue;
        out.set(f, editCost(text, f));
      }
    }
    return out;
  }
}

export function applicable(rule: OcrRule, obs: string, i: number, firstUpper: boolean): boolean {
  if (!obs.startsWith(rule.from, i)) return false;
  if (rule.caps && !firstUpper) return false;
  if (rule.where === 'initial' && i !== 0) return false;
  if (rule.where === 'inner' && i === 0) return false;
  return true;
}

/**
 * Rewrite an observed piece (lower case, with a flag for capitals) into folded spellings:
 * every combination of OCR rules, keeping the cheapest few.
 */
export function ocrVariants(obsLower: string, firstUpper: boolean, rules: OcrRule[] = OCR_RULES, limit = 24): Variant[] {
  const out: Variant[] = [];
  const byFirst = rulesByFirstLetter(rules);
  // the path being walked: hints and rules, copied only when a spelling is complete
  const hints: string[] = [];
  const used: number[] = [];
  const walk = (i: number, text: string, cost: number): void => {
    if (cost > 2.5 || out.length > 400) return;
    if (i >= obsLower.length) {
      out.push({ text, cost, hints: hints.slice(), rules: used.slice() });
      return;
    }
    const ch = obsLower[i];
    for (const ri of byFirst.get(ch) ?? NONE) {
      const r = rules[ri];
      if (!applicable(r, obsLower, i, firstUpper)) continue;
      if (r.hint) hints.push(r.hint);
      used.push(ri);
      walk(i + r.from.length, text + r.to, cost + r.cost);
      used.pop();
      if (r.hint) hints.pop();
    }
    // the letter itself, its marks folded away (they become a hint)
    const f = foldSyllable(ch);
    if (/^[a-zđ]$/.test(f) || f === 'd') {
      const hinted = f !== ch;
      if (hinted) hints.push(ch);
      walk(i + 1, text + f, cost);
      if (hinted) hints.pop();
    } else if (/\p{L}/u.test(ch)) {
      walk(i + 1, text + f, cost + 1);
    }
  };
  walk(0, '', 0);
  const best = new Map<string, Variant>();
  for (const v of out) {
    const b = best.get(v.text);
    if (!b || v.cost < b.cost) best.set(v.text, v);
  }
  return [...best.values()].sort((a, b) => a.cost - b.cost).slice(0, limit);
}

const NONE: number[] = [];
const firstLetterIndex = new WeakMap<OcrRule[], Map<string, number[]>>();

/** Rule indexes by the first letter they rewrite (in rule order). */
function rulesByFirstLetter(rules: OcrRule[]): Map<string, number[]> {
  let index = firstLetterIndex.get(rules);
  if (!index) {
    index = new Map();
    rules.forEach((r, ri) => {
      const list = index!.get(r.from[0]);
      if (list) list.push(ri);
      else index!.set(r.from[0], [ri]);
    });
    firstLetterIndex.set(rules, index);
  }
  return index;
}
