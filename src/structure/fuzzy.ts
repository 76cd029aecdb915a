/**
 * OCR-tolerant matching of Vietnamese keywords. `fold()` already ignores marks, case and đ;
 * `looseKey()` also undoes the letter swaps a Latin OCR model makes ("chirc" = chức, "cira" = cửa,
 * "Tw" = Tự, "HQI" = HỘI, "s6" = số), and phrase matching allows a small edit distance per word.
 */
import { fold } from '../core/text.js';

const LIGATURES: Record<string, string> = { 'ﬁ': 'fi', 'ﬂ': 'fl', '€': 'e', '¢': 'e', 'æ': 'ae', 'ø': 'o' };
const DIGIT_AS_LETTER: Record<string, string> = { '6': 'o', '0': 'o', '1': 'l', '4': 'a', '8': 'a' };

/** The matching key of one word: folded, OCR swaps undone, punctuation dropped (& kept). */
export function wordKey(word: string): string {
  let w = fold(word).replace(/[ﬁﬂ€¢æø]/g, (c) => LIGATURES[c] ?? c);
  if (/\p{L}/u.test(w) && /\d/.test(w)) w = w.replace(/[01468]/g, (d) => DIGIT_AS_LETTER[d] ?? d);
  w = w.replace(/[^\p{L}\p{N}&]/gu, '');
  return w
    .replace(/q(?!u)/g, 'o') // Vietnamese q is always "qu": a lone Q is a dotted capital vowel (HQI = HỘI)
    .replace(/ir/g, 'u') // ư read as "ir" (chirc = chức)
    .replace(/ii/g, 'u') // ủ read as "ii" (thii = thủ)
    .replace(/w/g, 'u'); // ư read as w (Tw = Tự)
}

/** The matching key of a text: word keys joined by single spaces. */
export function looseKey(text: string): string {
  return text.split(/\s+/).map(wordKey).filter(Boolean).join(' ');
}

export interface Token {
  text: string;
  start: number;
  end: number;
  key: string;
}

/** Words of a line with their character offsets; words that are only punctuation get key "". */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const m of line.matchAll(/\S+/g)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, key: wordKey(m[0]) });
  }
  return tokens;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many edits a word of this length may carry and still count as the keyword. */
function wordTolerance(length: number, loose: boolean): number {
  if (loose) return Math.ceil(length / 2);
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  return 2;
}

const phraseCache = new Map<string, string[]>();

export function phraseKeys(phrase: string): string[] {
  let keys = phraseCache.get(phrase);
  if (!keys) {
    keys = phrase.split(/\s+/).map(wordKey).filter(Boolean);
    phraseCache.set(phrase, keys);
  }
  return keys;
}

export interface PhraseMatch {
  /** index of the first and one past the last token used */
  from: number;
  to: number;
  start: number;
  end: number;
  distance: number;
}

/** Does the phrase match the tokens starting at `from` (punctuation-only tokens skipped)? */
export interface MatchOptions {
  /** total edits allowed, as a share of the phrase's letters */
  maxRatio?: number;
  /** allow up to half of each word to be wrong (for long fixed phrases such as the motto) */
  loose?: boolean;
}

export function matchPhraseAt(tokens: Token[], from: number, phrase: string | string[], options: MatchOptions = {}): PhraseMatch | null {
  const { maxRatio = 0.25, loose = false } = options;
  const keys = typeof phrase === 'string' ? phraseKeys(phrase) : phrase;
  if (!keys.length) return null;
  let i = from;
  while (i < tokens.length && tokens[i]!.key === '') i++;
  const first = i;
  let distance = 0;
  for (const key of keys) {
    while (i < tokens.length && tokens[i]!.key === '') i++;
    if (i >= tokens.length) return null;
    const tolerance = wordTolerance(key.length, loose);
    if (Math.abs(tokens[i]!.key.length - key.length) > tolerance) return null;
    const d = levenshtein(tokens[i]!.key, key);
    if (d > tolerance) return null;
    distance += d;
    i++;
  }
  const chars = keys.join('').length;
  if (distance > Math.max(keys.length > 1 ? 1 : 0, Math.floor(chars * maxRatio))) return null;
  return { from: first, to: i, start: tokens[first]!.start, end: tokens[i - 1]!.end, distance };
}

/** The best place in the line where the phrase occurs, if any. */
export function findPhrase(line: string | Token[], phrase: string, options: MatchOptions = {}): PhraseMatch | null {
  const tokens = typeof line === 'string' ? tokenize(line) : line;
  const keys = phraseKeys(phrase);
  let best: PhraseMatch | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.key === '') continue;
    const m = matchPhraseAt(tokens, i, keys, options);
    if (m && (!best || m.distance < best.distance)) best = m;
    if (best?.distance === 0) break;
  }
  return best;
}

/** The line starts with the phrase (leading punctuation ignored). */
export function startsWithPhrase(line: string | Token[], phrase: string, options: MatchOptions = {}): PhraseMatch | null {
  const tokens = typeof line === 'string' ? tokenize(line) : line;
  return matchPhraseAt(tokens, 0, phrase, options);
}

/** The whole line is the phrase (punctuation ignored). */
export function lineIsPhrase(line: string | Token[], phrase: string, options: MatchOptions = {}): boolean {
  const tokens = typeof line === 'string' ? tokenize(line) : line;
  const m = matchPhraseAt(tokens, 0, phrase, options);
  return m !== null && tokens.slice(m.to).every((t) => t.key === '');
}

/** Share of the letters that are upper case (headings, issuer blocks and type lines are in capitals). */
export function upperRatio(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return 0;
  const upper = letters.filter((c) => c !== c.toLocaleLowerCase('vi')).length;
  return upper / letters.length;
}
