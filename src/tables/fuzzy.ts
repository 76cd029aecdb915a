/** Fold-based, OCR-tolerant string matching for header words. */
import { fold } from '../core/text.js';

/** Folded letters and digits only: "Cơ quan chủ trì" → "coquanchutri", "chiitri |" → "chiitri". */
export function compact(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** 1 for equal strings, 0 for nothing in common (by edit distance over the longer length). */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/**
 * Best approximate occurrence of `pattern` anywhere in `text` (Sellers' algorithm):
 * the fewest edits that turn some substring of text into pattern, and where that substring ends.
 */
export function approxFind(pattern: string, text: string): { errors: number; end: number } {
  let prev = new Array<number>(text.length + 1).fill(0);
  for (let i = 1; i <= pattern.length; i++) {
    const cur = [i];
    for (let j = 1; j <= text.length; j++) {
      const cost = pattern[i - 1] === text[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    prev = cur;
  }
  let best = { errors: pattern.length, end: 0 };
  for (let j = 0; j <= text.length; j++) if (prev[j]! < best.errors) best = { errors: prev[j]!, end: j };
  return best;
}

/** Errors allowed when looking for a keyword of this many letters in OCR text. */
export function allowedErrors(length: number): number {
  return length <= 4 ? 0 : length <= 7 ? 1 : 2;
}
