/**
 * Table header rows ("STT | Nội dung | Cơ quan chủ trì | …"): structure skips table lines so
 * that numbered rows are not read as sections, and an appendix without a "PHỤ LỤC" line starts
 * at its first table.
 */
import { TABLE_HEADER_CUES, TABLE_ROW_NUMBER_HEADERS } from '../vocab/structureKeywords.js';
import { findPhrase, tokenize } from './fuzzy.js';

const ROW_NUMBER = new Set<string>(TABLE_ROW_NUMBER_HEADERS);
const MAX_HEADER_WORDS = 200;

export function isTableHeader(text: string): boolean {
  const tokens = tokenize(text).filter((t) => t.key !== '');
  // a row of column titles, even with every title on one line, is far shorter than a paragraph
  if (!tokens.length || tokens.length > MAX_HEADER_WORDS) return false;
  const cues = TABLE_HEADER_CUES.filter((cue) => findPhrase(tokens, cue, { maxRatio: 0.25 })).length;
  if (ROW_NUMBER.has(tokens[0]!.key) && cues >= 1) return true;
  return cues >= 3 && tokens.length <= 30;
}
