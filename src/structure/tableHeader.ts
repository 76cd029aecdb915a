/**
 * Table header rows ("STT | Nội dung | Cơ quan chủ trì | …"): structure skips table lines so
 * that numbered rows are not read as sections, and an appendix without a "PHỤ LỤC" line starts
 * at its first table.
 */
import { TABLE_HEADER_CUES, TABLE_ROW_NUMBER_HEADERS } from '../vocab/structureKeywords.js';
import { findPhrase, tokenize } from './fuzzy.js';

const ROW_NUMBER = new Set<string>(TABLE_ROW_NUMBER_HEADERS);

export function isTableHeader(text: string): boolean {
  const tokens = tokenize(text).filter((t) => t.key !== '');
  if (!tokens.length) return false;
  const cues = TABLE_HEADER_CUES.filter((cue) => findPhrase(tokens, cue, { maxRatio: 0.25 })).length;
  if (ROW_NUMBER.has(tokens[0]!.key) && cues >= 1) return true;
  return cues >= 3 && tokens.length <= 30;
}
