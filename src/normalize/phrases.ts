/**
 * Phrase matching over tokens, shared by the deadline, target and legal-reference parsers.
 * Text is cut into tokens that remember where they came from; each word token also carries its
 * folded key (no marks, no case, đ → d). Vocabulary tables (src/vocab/) list phrases in correct
 * Vietnamese plus known OCR forms; a word also matches when OCR changed one vowel of it
 * ("théng" for "tháng", "trudc" for "trước", "ndm" for "năm"), because OCR damage falls on the
 * marked vowels and rarely on consonants.
 */
import { fold } from '../core/text.js';

export interface Token {
  /** the token as printed */
  text: string;
  /** folded word, the digits of a number, or the punctuation character */
  key: string;
  kind: 'word' | 'number' | 'punct';
  start: number;
  end: number;
  /** whitespace separates this token from the previous one */
  spaceBefore: boolean;
}

const TOKEN = /\p{L}[\p{L}\p{M}]*|\d+|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const kind = /^\d/.test(raw) ? 'number' : /^\p{L}/u.test(raw) ? 'word' : 'punct';
    tokens.push({
      text: raw,
      key: kind === 'word' ? fold(raw) : raw,
      kind,
      start,
      end: start + raw.length,
      spaceBefore: tokens.length > 0 && start > last,
    });
    last = start + raw.length;
  }
  return tokens;
}

const VOWELS = new Set('aeiouy');

/**
 * Whether an observed folded word can be the canonical folded word: equal, or one edit away
 * where the edit touches a vowel of the canonical word (substitution or loss) or inserts a
 * character next to one. The first letter must agree; words under 4 letters must be exact (too many
 * short Vietnamese words are one vowel apart: "thi", "tới"), so their OCR forms are listed in the tables.
 */
export function wordMatches(observed: string, canonical: string): boolean {
  if (observed === canonical) return true;
  if (canonical.length < 4 || observed.length < 3) return false;
  if (observed[0] !== canonical[0]) return false;
  const dl = observed.length - canonical.length;
  if (dl === 0) {
    let diff = -1;
    for (let i = 0; i < observed.length; i++) {
      if (observed[i] !== canonical[i]) {
        if (diff >= 0) return false;
        diff = i;
      }
    }
    return diff >= 0 && VOWELS.has(canonical[diff]!);
  }
  if (dl === -1) {
    // a vowel of the canonical word was lost
    for (let i = 0; i < canonical.length; i++) {
      if (VOWELS.has(canonical[i]!) && canonical.slice(0, i) + canonical.slice(i + 1) === observed) return true;
    }
    return false;
  }
  if (dl === 1 && canonical.length >= 4) {
    // a character was inserted next to a vowel ("thuimg": ư read as "ir"/"im")
    for (let i = 1; i < observed.length; i++) {
      if (observed.slice(0, i) + observed.slice(i + 1) !== canonical) continue;
      if (VOWELS.has(observed[i - 1]!) || VOWELS.has(observed[i + 1] ?? '')) return true;
    }
  }
  return false;
}

export interface PhraseEntry<V> {
  /** the phrase in correct Vietnamese and its known OCR forms */
  phrases: readonly string[];
  value: V;
}

export interface CompiledPhrase<V> {
  words: string[];
  value: V;
}

/** Fold and split every phrase of a table, longest first so "không quá" wins over "quá". */
export function compilePhrases<V>(table: readonly PhraseEntry<V>[]): CompiledPhrase<V>[] {
  const out: CompiledPhrase<V>[] = [];
  for (const entry of table) {
    for (const phrase of entry.phrases) {
      const words = tokenize(phrase).map((t) => t.key);
      if (words.length > 0) out.push({ words, value: entry.value });
    }
  }
  return out.sort((a, b) => b.words.length - a.words.length || b.words.join(' ').length - a.words.join(' ').length);
}

export interface PhraseMatch<V> {
  value: V;
  /** number of tokens the phrase covers */
  length: number;
}

/** The longest phrase starting at token i; at equal length an exact reading beats an OCR-tolerant one. */
export function matchPhraseAt<V>(tokens: readonly Token[], i: number, phrases: readonly CompiledPhrase<V>[]): PhraseMatch<V> | null {
  let tolerant: PhraseMatch<V> | null = null;
  for (const p of phrases) {
    if (tolerant && p.words.length < tolerant.length) break;
    if (i + p.words.length > tokens.length) continue;
    let exact = true;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) {
      const t = tokens[i + k]!;
      const w = p.words[k]!;
      if (t.key === w) continue;
      exact = false;
      ok = t.kind === 'word' && wordMatches(t.key, w);
    }
    if (!ok) continue;
    if (exact) return { value: p.value, length: p.words.length };
    tolerant ??= { value: p.value, length: p.words.length };
  }
  return tolerant;
}
