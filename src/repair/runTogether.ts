/**
 * OCR runs neighbouring words together when the gap between them is narrow ("giảipháp",
 * "vềhoạt", "6tháng", "xã;bố"). A Vietnamese syllable carries one tone and one vowel nucleus,
 * so a piece that is no syllable but splits into two marked syllables is two words; a number
 * glued to a marked syllable is a number and a word; a comma or semicolon glued between two
 * words lost its space. Only for text that came from OCR: typed text keeps what it says.
 */
import type { LanguageModel } from './model.js';
import { hasMarks, isValidSyllable } from './syllable.js';
import { NUM } from './tokens.js';
import { vocabKey } from './vocabKey.js';

const PIECE = /[\p{L}\p{N}]+/gu;
const NUMBER = /^\p{N}+$/u;
const GLUED_PUNCTUATION = /(?<=\p{Ll})([,;])(?=\p{Ll})/gu;

/** A marked, lower-case syllable of two letters or more: the right half of a split. */
function markedWord(s: string): boolean {
  return s.length >= 2 && s === s.toLowerCase() && hasMarks(s) && isValidSyllable(s);
}

/** How likely two words are in a row (log scale, higher is likelier); null when unknown. */
export type PairScore = (left: string, right: string) => number | null;

/** A language model's score of two words in a row: the unigram of the left one and the bigram. */
export function modelPairScore(model: LanguageModel): PairScore {
  const id = (word: string) => (NUMBER.test(word) ? NUM : model.ids.get(vocabKey(word)));
  return (left, right) => {
    const a = id(left);
    const b = id(right);
    if (a === undefined || b === undefined) return null;
    return model.score(-1, -1, -1, a) + model.score(-1, -1, a, b);
  };
}

/**
 * Where to split a piece into two words, or -1. When more than one split gives two syllables
 * ("thựchiện": thự|chiện or thực|hiện), `score` (the language model) picks the likelier pair.
 */
export function splitPoint(piece: string, score?: PairScore): number {
  if (piece.length < 4 || isValidSyllable(piece)) return -1;
  // all capitals and mixed letters/digits inside are codes and abbreviations (HĐND, QĐ, T6)
  if (piece.length > 1 && piece.slice(1) === piece.slice(1).toUpperCase()) return -1;
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 1; i < piece.length - 1; i++) {
    const left = piece.slice(0, i);
    const right = piece.slice(i);
    if (!markedWord(right)) continue;
    if (!NUMBER.test(left) && !(hasMarks(left) && isValidSyllable(left))) continue;
    if (!score) return i;
    const s = score(left, right) ?? -1e9;
    if (best < 0 || s > bestScore) [best, bestScore] = [i, s];
  }
  return best;
}

/** The line with run-together words split and a space put back after a glued comma or semicolon. */
export function splitRunTogether(line: string, score?: PairScore): string {
  const spaced = line.replace(GLUED_PUNCTUATION, '$1 ');
  return spaced.replace(PIECE, (piece) => {
    const at = splitPoint(piece, score);
    return at < 0 ? piece : `${piece.slice(0, at)} ${piece.slice(at)}`;
  });
}
