/**
 * The corpus and its held-out split, shared by the model builder and the benchmark:
 * line i (0-based) of every corpus file is held out when i % 50 === 49 (2 % of lines,
 * spread over every file); the model is built from the other 98 %.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const CORPUS_DIR = process.env.TTHC_CORPUS ?? '/work/shared/corpus';
export const SPLIT = 'held out: line i of each corpus file with i % 50 === 49';

export function isHeldOut(lineIndex: number): boolean {
  return lineIndex % 50 === 49;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(CORPUS_DIR, f));
}

export function* corpusLines(which: 'train' | 'heldout'): Generator<string> {
  for (const file of corpusFiles()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!lines[i]) continue;
      if (isHeldOut(i) === (which === 'heldout')) yield lines[i];
    }
  }
}
