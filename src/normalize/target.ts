/**
 * Indicator targets ("Tối thiểu 80%", "100%", "Không quá 5 ngày", "≥ 80%", "2,5") into
 * { op, value }. The operator comes from the phrase nearest before the number
 * (src/vocab/targetOperators.ts), a printed sign, or a phrase after it ("95% trở lên");
 * a bare number means "=". Text without a number gives op and value null.
 */
import { collapseSpace } from '../core/text.js';
import type { Target } from '../schema/plan.js';
import { TARGET_OPERATORS, TARGET_SIGNS, type TargetOp } from '../vocab/targetOperators.js';
import { compilePhrases, matchPhraseAt, tokenize, type Token } from './phrases.js';

const BEFORE = compilePhrases(TARGET_OPERATORS.filter((e) => e.position === 'before'));
const AFTER = compilePhrases(TARGET_OPERATORS.filter((e) => e.position === 'after'));
const NUMBER = /(?<![\d.,])\d+(?:[.,]\d+)*/g;
const SIGN_BEFORE = /(≥|≤|>=|=>|<=|=<|>|<|=)\s*$/;
/** tokens allowed between the operator phrase and the number ("Tối thiểu là 80") */
const GAP = 2;

/** Vietnamese writes 1.000,5; some cells use 2.5. A lone group of three after a dot is thousands. */
export function parseNumber(raw: string): number | null {
  let s = raw;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s)) s = s.replace(/,/g, '');
  else s = s.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

function opBefore(tokens: Token[], numberIndex: number): TargetOp | null {
  let best: { op: TargetOp; end: number } | null = null;
  for (let i = Math.max(0, numberIndex - 8); i < numberIndex; i++) {
    if (tokens[i]!.kind !== 'word') continue;
    const m = matchPhraseAt(tokens, i, BEFORE);
    if (!m) continue;
    const end = i + m.length;
    if (end <= numberIndex && numberIndex - end <= GAP && (!best || end > best.end)) best = { op: m.value, end };
  }
  return best?.op ?? null;
}

function opAfter(tokens: Token[], numberIndex: number): TargetOp | null {
  for (let i = numberIndex + 1; i < Math.min(tokens.length, numberIndex + 4); i++) {
    const m = matchPhraseAt(tokens, i, AFTER);
    if (m) return m.value;
  }
  return null;
}

export function parseTarget(text: string): Target {
  const clean = collapseSpace(text.normalize('NFC'));
  const match = NUMBER.exec(clean);
  NUMBER.lastIndex = 0;
  const value = match ? parseNumber(match[0]) : null;
  if (!match || value === null) return { text: clean, op: null, value: null };
  const tokens = tokenize(clean);
  const numberIndex = tokens.findIndex((t) => t.start === match.index);
  const sign = SIGN_BEFORE.exec(clean.slice(0, match.index));
  const op = (sign ? TARGET_SIGNS[sign[1]!] : null) ?? opBefore(tokens, numberIndex) ?? opAfter(tokens, numberIndex) ?? '=';
  return { text: clean, op, value };
}
