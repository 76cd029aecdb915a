/**
 * One cell's text out of rows read line by line across centred cells (a LibreOffice render OCR'd
 * without its layout): each line holds a line of every cell, left to right, with no mark where
 * one cell ends and the next begins ("chính thuộc mục thủ tục : Trung tâm" = objective "chính
 * thuộc", activity "mục thủ tục", lead "Trung tâm"). From the cell's opening words, each next
 * line's part is the run of words that goes on from the words taken so far, as the language
 * model of the repair stage reads Vietnamese ("… soát danh" → "mục thủ tục", not "chính thuộc"),
 * up to debris, a ruling or a capitalised word after a lower-case one (the next cell's opening).
 */
import { defaultModel, type LanguageModel } from '../repair/model.js';
import { startsTask } from './taskStart.js';
import { vocabKey } from '../repair/vocabKey.js';

/** A line of the row: its words. */
export interface ThreadLine {
  line: number;
  words: string[];
}

/** log10 score of a word after the words taken before it, below which a line holds none of the cell. */
const MIN_CONTINUATION = -2.5;

const LETTERS = /[\p{Ll}\p{Lu}\p{Lt}\p{Lo}]/u;
/** no letter nor figure ("ˆ", a modifier, is no letter here): OCR debris, or a ruling, between two cells' text */
export const DEBRIS = /^[^\p{Ll}\p{Lu}\p{Lt}\p{Lo}\p{N}]+$/u;

function clean(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** Where the run of words from `from` ends: debris, a ruling, or a capitalised word after a lower-case one. */
function runEnd(words: string[], from: number): number {
  let k = from + 1;
  for (; k < words.length; k++) {
    const w = words[k]!;
    if (DEBRIS.test(w) || !LETTERS.test(w)) break;
    if (/^\p{Lu}\p{Ll}/u.test(w) && /\p{Ll}[,.;:]?$/u.test(words[k - 1]!)) break;
  }
  return k;
}

let model: LanguageModel | null | undefined;
function lm(): LanguageModel | null {
  if (model === undefined) {
    try {
      model = defaultModel();
    } catch {
      model = null;
    }
  }
  return model;
}

/**
 * The cell opening at word `start` of line `first` of `lines` (in order), followed down the lines
 * below. Returns, per line, the range of words [from, to) taken (null where the line holds none).
 */
export function followCell(lines: ThreadLine[], first: number, start: number): ([number, number] | null)[] {
  const out: ([number, number] | null)[] = lines.map(() => null);
  const m = lm();
  const end0 = runEnd(lines[first]!.words, start);
  out[first] = [start, end0];
  if (!m) return out;
  const id = (w: string) => m.ids.get(vocabKey(clean(w)));
  // words the model does not know (run together by OCR: "yếtthủ") leave the history as it was
  const known = (ws: string[]) => ws.map(id).filter((x): x is number => x !== undefined);
  const history: number[] = known(lines[first]!.words.slice(start, end0));
  for (let n = first + 1; n < lines.length; n++) {
    const words = lines[n]!.words;
    let best: { from: number; score: number } | null = null;
    for (let s = 0; s < words.length; s++) {
      const w = words[s]!;
      if (DEBRIS.test(w) || !LETTERS.test(w) || !/^\p{Ll}/u.test(clean(w))) continue;
      const wid = id(w);
      if (wid === undefined) continue;
      const h1 = history[history.length - 1] ?? -1;
      const h2 = history[history.length - 2] ?? -1;
      if (h1 < 0) continue;
      const score = m.score(-1, h2, h1, wid);
      if (!best || score > best.score) best = { from: s, score };
    }
    if (!best || best.score < MIN_CONTINUATION) continue;
    const to = runEnd(words, best.from);
    out[n] = [best.from, to];
    history.push(...known(words.slice(best.from, to)));
  }
  return out;
}

/** Shortest cell opening taken for a task verb (a narrow column: "Rà soát danh"). */
const MIN_OPENING = 8;

/**
 * The word that opens the task cell: of the words opening a task (at a line's start or a
 * capitalised word after a lower-case one), the one whose run on its line is the longest (the
 * activity column is the widest of a hierarchical table's text columns; its objective and mission
 * may open with a verb too), the first of equals.
 */
export function cellOpening(lines: ThreadLine[]): { first: number; start: number } | null {
  let best: { first: number; start: number; width: number } | null = null;
  for (let n = 0; n < lines.length; n++) {
    const words = lines[n]!.words;
    for (let s = 0; s < words.length; s++) {
      // (a cell opens at a line's start, or with a capital after a lower-case word or debris)
      if (s > 0 && !(/^\p{Lu}\p{Ll}/u.test(words[s]!) && (/\p{Ll}[,.;:]?$/u.test(words[s - 1]!) || DEBRIS.test(words[s - 1]!)))) continue;
      const run = words.slice(s, runEnd(words, s)).join(' ');
      if (startsTask(run, MIN_OPENING, 0.8) && !best) best = { first: n, start: s, width: run.length };
    }
  }
  return best && { first: best.first, start: best.start };
}
