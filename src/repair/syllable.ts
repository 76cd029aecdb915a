/**
 * A syllable model of Vietnamese: onset + rhyme + tone. Decompose a syllable into its parts,
 * compose it back with the tone on the right vowel (old style: hòa, thủy, ủy, as the corpus
 * writes), and tell a valid syllable from a damaged token.
 */
import { ONSETS, RHYMES, STOP_CODA } from '../vocab/syllableParts.js';

/** Tone marks as combining characters; index 0 is the level tone (no mark). */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const;
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;
const TONE_OF: Record<string, Tone> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };

const VOWELS = new Set('aăâeêioôơuưy');
const MODIFIED = new Set('ăâêôơư');

export interface SyllableParts {
  onset: string;
  rhyme: string;
  tone: Tone;
}

/** Split a word into its toneless letters (NFC, lower or upper kept) and its tone. */
export function splitTone(word: string): { base: string; tone: Tone } {
  const nfd = word.normalize('NFD');
  let tone: Tone = 0;
  let base = '';
  for (const ch of nfd) {
    const t = TONE_OF[ch];
    if (t !== undefined) tone = t;
    else base += ch;
  }
  return { base: base.normalize('NFC'), tone };
}

/** Index (in code units of the NFC toneless lower-case base) of the vowel carrying the tone. */
export function toneIndex(lowerBase: string): number {
  let start = 0;
  if (lowerBase.startsWith('qu')) start = 2;
  else if (lowerBase.startsWith('gi') && lowerBase.length > 2 && VOWELS.has(lowerBase[2])) start = 2;
  else {
    // skip the onset consonants
    while (start < lowerBase.length && !VOWELS.has(lowerBase[start])) start++;
  }
  let end = start;
  while (end < lowerBase.length && VOWELS.has(lowerBase[end])) end++;
  if (end === start) {
    // "gì", "quý"-less edge cases: fall back to the last vowel anywhere
    for (let i = lowerBase.length - 1; i >= 0; i--) if (VOWELS.has(lowerBase[i])) return i;
    return -1;
  }
  let lastModified = -1;
  for (let i = start; i < end; i++) if (MODIFIED.has(lowerBase[i])) lastModified = i;
  if (lastModified >= 0) return lastModified;
  const len = end - start;
  if (end < lowerBase.length) return end - 1; // closed syllable: last vowel of the cluster
  if (len === 1) return start;
  if (len === 2) return start; // old style: hòa, thủy, mùa
  return start + 1; // oai, oay, uyu: the middle vowel
}

/** Put `tone` on the right vowel of a toneless base (case kept). */
export function composeTone(base: string, tone: Tone): string {
  if (tone === 0) return base;
  const i = toneIndex(base.toLowerCase());
  if (i < 0) return base;
  return (base.slice(0, i) + (base[i] + TONE_MARKS[tone]).normalize('NFC') + base.slice(i + 1)).normalize('NFC');
}

/** One tone-placement style for a word that looks like a syllable (hoà → hòa, thuỷ → thủy). */
export function normalizeTonePlacement(word: string): string {
  const { base, tone } = splitTone(word);
  if (tone === 0) return word.normalize('NFC');
  return composeTone(base, tone);
}

/** Parse a syllable (any case) into onset, rhyme and tone, or null when it is not a valid syllable. */
export function parseSyllable(word: string): SyllableParts | null {
  const { base, tone } = splitTone(word.toLowerCase());
  if (base.length === 0 || base.length > 8) return null;
  for (const onset of ONSETS) {
    if (!base.startsWith(onset)) continue;
    const rhyme = base.slice(onset.length);
    if (rhyme === '' ) {
      if (onset === 'gi') return { onset, rhyme: '', tone };
      continue;
    }
    if (!RHYMES.has(rhyme)) continue;
    if (STOP_CODA.test(rhyme) && tone !== 0 && tone !== 2 && tone !== 5) continue;
    if (STOP_CODA.test(rhyme) && tone === 0) continue;
    if (onset === 'qu' && rhyme.startsWith('u')) continue;
    return { onset, rhyme, tone };
  }
  return null;
}

const validCache = new Map<string, boolean>();

export function isValidSyllable(word: string): boolean {
  let v = validCache.get(word);
  if (v === undefined) {
    v = parseSyllable(word) !== null;
    if (validCache.size > 200_000) validCache.clear();
    validCache.set(word, v);
  }
  return v;
}

/** Compose onset + rhyme + tone into a syllable (lower case, NFC). */
export function composeSyllable(parts: SyllableParts): string {
  return composeTone((parts.onset + parts.rhyme).normalize('NFC'), parts.tone);
}

const FOLD_CHAR = new Map<string, string>();
function foldChar(ch: string): string {
  let f = FOLD_CHAR.get(ch);
  if (f === undefined) {
    f = ch.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
    FOLD_CHAR.set(ch, f);
  }
  return f;
}

/** The syllable's letters without any mark, lower case, đ → d: the key of the candidate index. */
export function foldSyllable(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    out += c < 0x41 || (c > 0x5a && c < 0x7f) ? word[i] : foldChar(word[i]);
  }
  return out;
}

/** True when the word carries any Vietnamese mark (tone, hat, breve, horn, đ). */
export function hasMarks(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80 && foldChar(word[i]) !== word[i].toLowerCase()) return true;
  }
  return false;
}
