/**
 * The corpus and its split, shared by the model builder and the benchmark: line i (0-based)
 * of every corpus file is held out for measurement when i % 50 === 49 (2 % of lines, spread
 * over every file), kept for tuning when i % 50 === 24 (another 2 %); the model is built
 * from the other 96 %.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.TTHC_CORPUS ?? '/work/shared/corpus';
export const SPLIT = 'held out (test): line i of each corpus file with i % 50 === 49; dev (tuning): i % 50 === 24; model: the rest';

export type Part = 'train' | 'dev' | 'heldout';

export function partOf(lineIndex: number): Part {
  const r = lineIndex % 50;
  return r === 49 ? 'heldout' : r === 24 ? 'dev' : 'train';
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS_DIR, f));
}

export function* corpusLines(which: Part): Generator<string> {
  for (const file of corpusFiles()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]) continue;
      if (partOf(i) === which) yield lines[i];
    }
  }
}

/** Lines of one part with the name of the file they come from. */
export function* corpusLinesByFile(which: Part): Generator<[string, string]> {
  for (const file of corpusFiles()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const name = file.split('/').pop()!;
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]) continue;
      if (partOf(i) === which) yield [name, lines[i]];
    }
  }
}
