/**
 * "Số: 89/KH-UBND" — the document number and symbol (số và ký hiệu). OCR reads "Số" as "S6", "Sé",
 * "So"; the symbol's codes are respelt from the vocabulary ("QD" → "QĐ", "SKHDT" → "SKHĐT").
 */
import { NUMBER_LABELS } from '../vocab/structureKeywords.js';
import { DOCUMENT_TYPES, type DocumentType } from '../vocab/documentTypes.js';
import { canonicalCode } from './bodyName.js';
import { wordKey } from './fuzzy.js';

export interface NumberRead {
  number: string | null;
  /** the part before the first slash as printed ("89", "A05", "……") */
  serial: string;
  symbol: string;
  typeCode: string | null;
  /** where the number ended in the line, so the rest (place and date) can be read */
  end: number;
  doubtful: boolean;
}

const LABEL = /(?:^|[\s\t|])(S\S{0,2}?)\s*[:;]\s*/giu;
const NUMBER = /^([\p{L}\d.…_ ]{0,12}?)\s*\/\s*((?:\d{4}\s*\/\s*)?)(\p{Lu}[\p{L}&]*(?:\s?[-–]\s?[\p{L}&]+)*)/u;
const LABELS = new Set<string>(NUMBER_LABELS);

/** "Số 89/KH-UBND" with the colon lost: only at the start of a line (or column) and with a capital S. */
const BARE_LABEL = /(?:^|\t)\s*(S\S{0,2}?)\s+(?=[\p{L}\d.…_ ]{0,12}?\s*\/\s*\p{Lu})/gu;

/** Read "Số: …" anywhere in a line; null when the line has no number label followed by a number. */
export function readNumber(line: string, options: { bareLabel?: boolean } = {}): NumberRead | null {
  for (const label of line.matchAll(options.bareLabel ? BARE_LABEL : LABEL)) {
    if (!LABELS.has(wordKey(label[1]!)) && !LABELS.has(label[1]!.toLowerCase())) continue;
    const from = label.index + label[0].length;
    const m = NUMBER.exec(line.slice(from));
    if (!m) continue;
    const serial = m[1]!.trim();
    const parts = m[3]!.split(/\s?[-–]\s?/).map((p) => canonicalCode(p) ?? p);
    const symbol = parts.join('-');
    const digits = serial.replace(/[.…_\s]/g, '');
    const number = digits ? `${digits}/${m[2]!.replace(/\s/g, '')}${symbol}` : null;
    return {
      number,
      serial,
      symbol,
      typeCode: typeOfCode(parts[0]!)?.code ?? null,
      end: from + m[0].length,
      doubtful: digits !== '' && !/^\d+$/.test(digits),
    };
  }
  return null;
}

export function typeOfCode(code: string): DocumentType | null {
  const canonical = canonicalCode(code) ?? code;
  return DOCUMENT_TYPES.find((t) => t.code === canonical) ?? null;
}
