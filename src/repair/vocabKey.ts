/** The model's key for a word piece: lower case, NFC, one tone-placement style for syllables. */
import { isValidSyllable, normalizeTonePlacement } from './syllable.js';

const cache = new Map<string, string>();

export function vocabKey(piece: string): string {
  let k = cache.get(piece);
  if (k !== undefined) return k;
  const lower = piece.normalize('NFC').toLowerCase();
  k = isValidSyllable(lower) ? normalizeTonePlacement(lower) : lower;
  if (cache.size < 200_000) cache.set(piece, k);
  return k;
}
