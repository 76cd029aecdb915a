/**
 * What the restore benchmark (bench.ts) and the dev-split measurement (dev-eval.ts) share:
 * command-line arguments, a restorer with the decoder settings the environment asks for, and
 * the syllable-by-syllable comparison of restored text against its reference.
 */
import type { LanguageModel } from '../../src/repair/model.js';
import { Restorer } from '../../src/repair/restore.js';
import { isValidSyllable, normalizeTonePlacement } from '../../src/repair/syllable.js';
import { piecesOf } from '../../src/repair/tokens.js';

/** The value after `--name` on the command line. */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const envNumber = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);

/** A restorer on `model`; BEAM, MAXC, GAP, CASEW, CW, FLOOR and BACKOFF override the decoder's defaults (for tuning on dev). */
export function restorerFromEnv(model: LanguageModel): Restorer {
  if (process.env.BACKOFF) model.backoff = Math.log10(Number(process.env.BACKOFF));
  return new Restorer(model, {
    beam: envNumber('BEAM'),
    maxCandidates: envNumber('MAXC'),
    rareGap: envNumber('GAP'),
    caseWeight: envNumber('CASEW'),
    channelWeight: envNumber('CW'),
    beamFloor: envNumber('FLOOR'),
  });
}

/** Reference text in the one tone style the restorer writes. */
export function normalise(line: string): string {
  return line.replace(/[\p{L}\p{M}]+/gu, (w) => (isValidSyllable(w) ? normalizeTonePlacement(w) : w));
}

export interface SyllableError {
  /** reference line index */
  line: number;
  /** the reference syllable and what came out, or null when the line's pieces do not align */
  from: string | null;
  to: string | null;
  start: number;
  end: number;
}

/**
 * Compare restored lines with their references, syllable by syllable (pieces that are syllables
 * in the reference). A line whose pieces do not align counts all its syllables wrong.
 */
export function compareSyllables(refs: string[], outs: string[]): { total: number; wrong: number; errors: SyllableError[] } {
  let total = 0;
  let wrong = 0;
  const errors: SyllableError[] = [];
  refs.forEach((ref, i) => {
    const a = piecesOf(ref);
    const b = piecesOf(outs[i]!);
    if (a.length !== b.length) {
      const n = a.filter((p) => isValidSyllable(p.text)).length;
      total += n;
      wrong += n;
      errors.push({ line: i, from: null, to: null, start: 0, end: ref.length });
      return;
    }
    a.forEach((p, j) => {
      if (!isValidSyllable(p.text)) return;
      total++;
      if (p.text === b[j]!.text) return;
      wrong++;
      errors.push({ line: i, from: p.text, to: b[j]!.text, start: p.start, end: p.end });
    });
  });
  return { total, wrong, errors };
}
