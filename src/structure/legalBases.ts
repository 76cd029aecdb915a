/**
 * Legal bases: one clause per "Căn cứ …;" / "Thực hiện …;" in the preamble, joined across its
 * wrapped lines (and blank lines OCR put inside it) up to the ";", "," or "." that ends it.
 */
import type { SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import type { LegalBasisDraft } from '../pipeline/planFile.js';
import { fold } from '../core/text.js';
import { LEGAL_BASIS_OPENERS, MAIN_CLAUSE_END, MAIN_CLAUSE_VERBS, PREAMBLE_OTHERS } from '../vocab/structureKeywords.js';
import { findPhrase, startsWithPhrase, tokenize } from './fuzzy.js';

const CAN = new Set<string>(LEGAL_BASIS_OPENERS.can);
const CU = new Set<string>(LEGAL_BASIS_OPENERS.cu);
const MAX_CLAUSE_LINES = 15;

export function isLegalBasisOpener(text: string): boolean {
  const words = tokenize(text).filter((t) => t.key !== '');
  if (words.length >= 2 && CAN.has(words[0]!.key) && CU.has(words[1]!.key)) return true;
  return LEGAL_BASIS_OPENERS.others.some((p) => startsWithPhrase(words, p, { maxRatio: 0.15 })?.from === 0);
}

export function isPreambleOther(text: string): boolean {
  return PREAMBLE_OTHERS.some((p) => startsWithPhrase(text, p, { maxRatio: 0.15 })?.from === 0);
}

/**
 * Clauses in lines [from, to). `boundary(i)` says line i starts something else (a heading, the
 * operative line), which also ends a clause whose closing punctuation OCR lost.
 */
export function readLegalBases(lines: SourceLine[], from: number, to: number, skip: (i: number) => boolean, boundary: (i: number) => boolean): LegalBasisDraft[] {
  const bases: LegalBasisDraft[] = [];
  const nextText = (i: number): { index: number; text: string } | null => {
    for (let k = i + 1; k < to; k++) if (!skip(k) && lines[k]!.text.trim()) return { index: k, text: lines[k]!.text.trim() };
    return null;
  };
  for (let i = from; i < to; i++) {
    if (skip(i) || !isLegalBasisOpener(lines[i]!.text.trim())) continue;
    const parts = [lines[i]!.text.trim()];
    const place = placeOf(lines[i]!);
    let k = i;
    while (parts.length < MAX_CLAUSE_LINES) {
      const last = parts[parts.length - 1]!;
      const next = nextText(k);
      if (!next) break;
      const startsOther = isLegalBasisOpener(next.text) || isPreambleOther(next.text) || boundary(next.index);
      if (startsOther || /[;.]$/.test(last)) break;
      if (/[,:]$/.test(last) && /^\p{Lu}/u.test(next.text)) break;
      parts.push(next.text);
      k = next.index;
    }
    const text = withoutMainClause(parts.join(' ').replace(/\s+/g, ' ').replace(/[;,:.]+$/u, '').trim());
    if (text) bases.push({ text, place });
    i = k;
  }
  return bases;
}

/** "Căn cứ …, Sở … xây dựng Kế hoạch … như sau": cut the main clause off at the comma before it. */
export function withoutMainClause(text: string): string {
  const tokens = tokenize(text);
  const end = findPhrase(tokens, MAIN_CLAUSE_END, { maxRatio: 0.25 });
  if (!end || tokens.slice(end.to).some((t) => t.key !== '')) return text;
  for (let at = text.lastIndexOf(','); at > 0; at = text.lastIndexOf(',', at - 1)) {
    const rest = fold(text.slice(at));
    if (MAIN_CLAUSE_VERBS.some((v) => rest.includes(fold(v)))) return text.slice(0, at).trim();
  }
  return text;
}
