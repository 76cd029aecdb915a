/** Where a row begins when its number was lost: a line that opens a task cell with a verb. */
import { TASK_VERBS } from '../vocab/taskVerbs.js';
import { compact, similarity } from './fuzzy.js';

const VERBS = TASK_VERBS.map(compact);

/** Length a task line needs next to a row number (narrow content columns: "Rà soát, đề xuất nhiệm"). */
export const NEAR_NUMBER = 18;

/** A line of 25+ characters (before any "|") starting with a task verb, OCR-damaged or not. */
export function startsTask(text: string, minLength = 25, minSimilarity = 0.66): boolean {
  // OCR debris before the cell (", | Tuyên truyền …") is not part of it; a bullet "-" is
  const cell = text.replace(/^[\s,.;:'"“”‘’|]+/u, '').split('|')[0]!.trim();
  if (cell.length < minLength || !/^\p{Lu}/u.test(cell)) return false;
  const key = compact(cell);
  // the cell's first letter is often lost against its ruling ("A sodt" = Rà soát, "á soát")
  return VERBS.some((v) => (v.length <= 5 ? key.startsWith(v) : similarity(key.slice(0, v.length), v) >= minSimilarity || similarity(key.slice(0, v.length - 1), v.slice(1)) >= minSimilarity));
}
