/**
 * Where the appendix (PHỤ LỤC) starts: its heading line ("PHỤ LỤC", "Phụ lục I", "Phu luc").
 */
import type { SourceLine } from '../core/lines.js';
import { APPENDIX_HEADING } from '../vocab/structureKeywords.js';
import { startsWithPhrase, tokenize, upperRatio } from './fuzzy.js';

const MAX_PLAIN_WORDS = 4;

/** A heading "PHỤ LỤC …" in capitals, or a short line starting with "Phụ lục" (not a sentence mentioning it). */
export function isAppendixHeading(text: string): boolean {
  const tokens = tokenize(text);
  const m = startsWithPhrase(tokens, APPENDIX_HEADING, { maxRatio: 0.25 });
  if (!m || m.from !== 0) return false;
  const words = tokens.filter((t) => t.key !== '');
  return upperRatio(text.slice(0, m.end)) > 0.8 || words.length <= MAX_PLAIN_WORDS || /^[\s:.\-–]*([IVX]+|\d+)\b/u.test(text.slice(m.end));
}

export function findAppendixHeading(lines: SourceLine[], from = 0): number | null {
  for (let i = from; i < lines.length; i++) if (isAppendixHeading(lines[i]!.text)) return i;
  return null;
}
