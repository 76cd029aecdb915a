/**
 * The note under an attached document's title: "(Ban hành kèm theo Quyết định số 68/QĐ-UBND
 * ngày 12/3/2024 của UBND phường Nguyễn Nghiêm)". It names the decision that issues the plan.
 */
import { fold } from '../core/text.js';
import { findDate } from '../normalize/date.js';
import { ATTACHED_NOTE } from '../vocab/structureKeywords.js';
import { DOCUMENT_TYPES, type DocumentType } from '../vocab/documentTypes.js';
import { canonicalCode, normalizeBodyName } from './bodyName.js';
import { findPhrase } from './fuzzy.js';

export interface AttachedNote {
  type: DocumentType | null;
  number: string | null;
  issuedDate: string | null;
  issuer: string | null;
}

const NUMBER = /\bs\S{0,2}\s*:?\s*(\d[\d.]*\s*\/\s*(?:\d{4}\s*\/\s*)?\p{Lu}[\p{L}&]*(?:[-–][\p{L}&]+)*)/u;
const OF = /\bc\S{1,3}\s+(\p{Lu}.*?)[\s).;]*$/u;

export function readAttachedNote(text: string): AttachedNote | null {
  const t = text.trim();
  if (!t.startsWith('(')) return null;
  if (!ATTACHED_NOTE.some((p) => findPhrase(t, p, { maxRatio: 0.2 }))) return null;
  const folded = fold(t);
  const type =
    DOCUMENT_TYPES.map((d) => ({ d, at: folded.indexOf(fold(d.name)) }))
      .filter((x) => x.at >= 0)
      .sort((a, b) => a.at - b.at)[0]?.d ?? null;
  const number = NUMBER.exec(t)?.[1]?.replace(/\s/g, '') ?? null;
  const date = findDate(t);
  // "… của UBND phường X)": the text after the last "của" that follows the date
  const tail = date ? t.slice(date.index + date.length) : t;
  const of = OF.exec(tail)?.[1] ?? null;
  return {
    type,
    number: number ? number.replace(/[\p{L}&]+/gu, (w) => canonicalCode(w) ?? w) : null,
    issuedDate: date?.iso ?? null,
    issuer: of ? normalizeBodyName(of) : null,
  };
}
