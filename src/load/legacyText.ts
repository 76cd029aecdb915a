/**
 * Text that is not UTF-8: read it as a legacy Vietnamese encoding (Windows-1258, or TCVN3/VNI
 * font text saved as bytes) when that reading is clearly Vietnamese, otherwise refuse it.
 * A Latin-1 French or German file must not be "converted" into nonsense Vietnamese.
 */
import { decodeLegacyBytes } from '../repair/legacy.js';
import { isValidSyllable } from '../repair/syllable.js';

/** Share of words that must be valid Vietnamese syllables, and of those that must carry marks. */
const MIN_VALID = 0.8;
const MIN_MARKED = 0.15;

export function decodeLegacyVietnamese(bytes: Uint8Array): string | null {
  const text = decodeLegacyBytes(bytes);
  const words = text.match(/\p{L}[\p{L}\p{M}]*/gu) ?? [];
  if (words.length < 3) return null;
  const valid = words.filter((w) => isValidSyllable(w));
  const marked = valid.filter((w) => /[^a-zA-Z]/.test(w));
  return valid.length / words.length >= MIN_VALID && marked.length / words.length >= MIN_MARKED ? text : null;
}
