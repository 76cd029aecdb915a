/**
 * Legal references in a clause: "Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng
 * Chính phủ phê duyệt …; Nghị định số 61/2018/NĐ-CP …" gives one LegalRef per cited document.
 *
 * Numbered documents are found by their symbol (766/QĐ-TTg, 61/2018/NĐ-CP); the type is the
 * type phrase printed before the number (with "số" between), else it is inferred from the
 * symbol's type code. The date follows the number; the issuer follows "của" and ends where the
 * subject starts ("về", "ban hành", "phê duyệt" …, src/vocab/legalDocumentTypes.ts). Laws are
 * cited by name without a number: such a reference runs from the type word to its date.
 */
import { collapseSpace, fold } from '../core/text.js';
import type { LegalRef } from '../schema/plan.js';
import {
  ISSUER_MARKERS, ISSUER_STOPS, LEGAL_DOCUMENT_TYPES, LETTER_TYPE, LIST_JOINERS, NUMBER_WORDS, type LegalDocumentType,
} from '../vocab/legalDocumentTypes.js';
import { findDate } from './date.js';
import { compilePhrases, matchPhraseAt, tokenize, type Token } from './phrases.js';

const TYPES = compilePhrases(LEGAL_DOCUMENT_TYPES.map((t) => ({ phrases: t.phrases, value: t })));
const NUMBER_WORD = compilePhrases([{ phrases: NUMBER_WORDS, value: true }]);
const MARKER = compilePhrases([{ phrases: ISSUER_MARKERS, value: true }]);
const STOP = compilePhrases([{ phrases: ISSUER_STOPS, value: true }]);
/** the one-word stops as written in the table (their OCR forms are listed there too) */
const ONE_WORD_STOPS = new Set(STOP.filter((p) => p.words.length === 1).map((p) => p.words[0]!));

/**
 * Whether an issuer ends before token i. A one-word stop must be read exactly: OCR tolerance lets
 * "giám" pass for "giao" and cut "Tổng Giám đốc Bảo hiểm xã hội Việt Nam" to "Tổng".
 */
function isIssuerStop(tokens: Token[], i: number): boolean {
  const m = matchPhraseAt(tokens, i, STOP);
  return m !== null && (m.length > 1 || ONE_WORD_STOPS.has(tokens[i]!.key));
}

/** số ký hiệu: number, optional year, then a symbol of letter codes joined by "-". */
const SYMBOL = /(?<![\p{L}\d/])\d{1,5}\s?\/\s?(?:\d{4}\s?\/\s?)?[\p{L}&]{1,8}\d{0,2}(?:\s?-\s?[\p{L}\d&]{1,12})*/gu;
/** how far before a number its type word may stand, and after it its date */
const LOOKBACK = 60;
const DATE_GAP = 14;
const MAX_ISSUER_TOKENS = 14;
/** words of a law's name between its type word and "số" */
const MAX_NAME_TOKENS = 10;

function typeByCode(code: string): LegalDocumentType | undefined {
  return LEGAL_DOCUMENT_TYPES.find((t) => t.code !== null && fold(t.code) === fold(code));
}

/** The number as printed, spaces dropped and the type code spelled right ("QD" → "QĐ"). */
function normalizeNumber(raw: string): { number: string; type: LegalDocumentType | null; letter: boolean } {
  const number = raw.replace(/\s+/g, '').replace(/-+$/, '');
  const parts = number.split('/');
  const symbol = parts[parts.length - 1]!;
  const pieces = symbol.split('-');
  const known = typeByCode(pieces[0]!);
  if (known) {
    pieces[0] = known.code!;
    parts[parts.length - 1] = pieces.join('-');
    return { number: parts.join('/'), type: known, letter: false };
  }
  if (pieces.length === 1) {
    // a lost dash ("26/2019/TTBTC"): the longest type code the symbol starts with
    const folded = fold(symbol);
    const prefix = LEGAL_DOCUMENT_TYPES.filter((t) => t.code && folded.startsWith(fold(t.code)))
      .sort((a, b) => b.code!.length - a.code!.length)[0];
    return { number, type: prefix ?? null, letter: false };
  }
  return { number, type: null, letter: true };
}

/** A type phrase that ends right before the number (after dropping "số" and ":"). */
function typeBefore(text: string, from: number, numberStart: number): { type: LegalDocumentType; start: number } | null {
  const offset = Math.max(from, numberStart - LOOKBACK);
  const tokens = tokenize(text.slice(offset, numberStart));
  let end = tokens.length;
  while (end > 0 && /^[:.,]$/.test(tokens[end - 1]!.key)) end--;
  let numberWord = false;
  for (let j = Math.max(0, end - 3); j < end; j++) {
    const m = matchPhraseAt(tokens, j, NUMBER_WORD);
    if (m && j + m.length === end) {
      end = j;
      numberWord = true;
      break;
    }
  }
  for (let i = Math.max(0, end - 4); i < end; i++) {
    const m = matchPhraseAt(tokens, i, TYPES);
    if (m && i + m.length === end) return { type: m.value, start: offset + tokens[i]!.start };
  }
  // a law cited by name and number: "Luật Bảo hiểm xã hội số 41/2024/QH15" (the name's words
  // between the capitalised type word and "số", nothing else)
  if (!numberWord) return null;
  for (let i = end - 1; i >= Math.max(0, end - MAX_NAME_TOKENS); i--) {
    const t = tokens[i]!;
    if (t.kind !== 'word') return null;
    const m = matchPhraseAt(tokens, i, TYPES);
    if (m && m.value.named && /^\p{Lu}/u.test(t.text) && i + m.length < end) return { type: m.value, start: offset + t.start };
  }
  return null;
}

interface Tail {
  issuedDate: string | null;
  issuer: string | null;
  end: number;
}

/** Date and issuer after position `from`, within text up to `limit`. */
function readTail(text: string, from: number, limit: number): Tail {
  let end = from;
  let issuedDate: string | null = null;
  const after = text.slice(from, limit);
  const date = findDate(after);
  // fold keeps the length of NFC Vietnamese text, so folded indexes are text indexes
  if (date && date.index <= DATE_GAP && !/[;]/.test(after.slice(0, date.index))) {
    issuedDate = date.iso;
    end = from + date.index + date.length;
  }
  const tokens = tokenize(text.slice(end, limit));
  const marker = tokens.length > 0 ? matchPhraseAt(tokens, 0, MARKER) : null;
  if (!marker) return { issuedDate, issuer: null, end };
  let last = -1;
  for (let i = marker.length; i < tokens.length && i < marker.length + MAX_ISSUER_TOKENS; i++) {
    const t = tokens[i]!;
    if (t.kind === 'number' || (t.kind === 'punct' && t.key !== ',' && t.key !== '&' && t.key !== '-')) break;
    if (t.kind === 'word' && isIssuerStop(tokens, i)) break;
    if ((t.key === ',' || t.key === 'va') && i + 1 < tokens.length && matchPhraseAt(tokens, i + 1, TYPES)) break;
    if (t.kind === 'word') last = i;
  }
  if (last < 0) return { issuedDate, issuer: null, end };
  const issuerStart = end + tokens[marker.length]!.start;
  const issuerEnd = end + tokens[last]!.end;
  return { issuedDate, issuer: collapseSpace(text.slice(issuerStart, issuerEnd)), end: issuerEnd };
}

interface Found extends LegalRef {
  start: number;
  end: number;
}

function numberedRefs(text: string): Found[] {
  const matches = [...text.matchAll(SYMBOL)];
  const refs: Found[] = [];
  let prevEnd = 0;
  matches.forEach((m, k) => {
    const numberStart = m.index!;
    const numberEnd = numberStart + m[0].length;
    const next = matches[k + 1]?.index ?? text.length;
    const { number, type: codeType, letter } = normalizeNumber(m[0]);
    const printed = typeBefore(text, prevEnd, numberStart);
    const type = printed?.type.name ?? codeType?.name ?? (letter ? LETTER_TYPE : null);
    const start = printed?.start ?? numberStart;
    const tail = readTail(text, numberEnd, next);
    const end = Math.max(numberEnd, tail.end);
    refs.push({ text: collapseSpace(text.slice(start, end)), type, number, issuedDate: tail.issuedDate, issuer: tail.issuer, start, end });
    prevEnd = end;
  });
  return refs;
}

/** Laws and codes cited by name: from the capitalised type word to their date (else a comma or the clause's end). */
function namedRefs(text: string, taken: Found[]): Found[] {
  const tokens = tokenize(text);
  const refs: Found[] = [];
  const inside = (pos: number) => [...taken, ...refs].some((r) => pos >= r.start && pos < r.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text) || inside(t.start)) continue;
    const m = matchPhraseAt(tokens, i, TYPES);
    if (!m || !m.value.named) continue;
    const start = t.start;
    const nextTaken = Math.min(text.length, ...taken.filter((r) => r.start > start).map((r) => r.start));
    const stop = text.slice(start, nextTaken).search(/[;.]/);
    const limit = stop < 0 ? nextTaken : start + stop;
    const date = findDate(text.slice(start, limit));
    // without a date the name ends at the first comma or bracket ("Luật Đất đai, các văn bản …")
    const plain = text.slice(start, limit).search(/[,(]/);
    const nameEnd = date ? start + date.index + date.length : plain < 0 ? limit : start + plain;
    const tail = date ? readTail(text, nameEnd, limit) : { issuedDate: null, issuer: null, end: nameEnd };
    const end = Math.max(nameEnd, tail.end);
    const span = collapseSpace(text.slice(start, end)).replace(/[,\s]+$/, '');
    if (span.length <= t.text.length) continue;
    refs.push({ text: span, type: m.value.name, number: null, issuedDate: date?.iso ?? null, issuer: tail.issuer, start, end });
  }
  return refs;
}

const JOINERS = new Set(LIST_JOINERS.map((w) => fold(w)));

/** How the text between two references joins them: 'and' ("và", ", và"), 'comma', or not at all. */
function linkBetween(gap: string): 'and' | 'comma' | null {
  const words = fold(gap).trim().split(/\s+|(?=,)|(?<=,)/).filter((w) => w !== '');
  if (words.length === 1 && words[0] === ',') return 'comma';
  if (words.length === 1 && JOINERS.has(words[0]!)) return 'and';
  if (words.length === 2 && words[0] === ',' && JOINERS.has(words[1]!)) return 'and';
  return null;
}

/**
 * "A ngày … và B ngày … của Chính phủ", "A, B và C của X": the issuer named after the last document
 * of a list is the issuer of the earlier ones that name none. The list is joined by "và" (and by
 * commas before its "và"); a semicolon or any other word between two documents ends it.
 */
function shareIssuers(refs: Found[], text: string): void {
  let issuer: string | null = null; // the issuer shared back along the list being read, from its end
  for (let k = refs.length - 2; k >= 0; k--) {
    const here = refs[k]!;
    const next = refs[k + 1]!;
    const link = linkBetween(text.slice(here.end, next.start));
    if (issuer === null) {
      // a list ends with a document naming its issuer, joined to the one before it by "và"
      if (link === 'and' && next.issuer !== null && here.issuer === null) here.issuer = issuer = next.issuer;
      continue;
    }
    // before that, "," or "và" goes on back to documents naming none; one naming its own ends the list
    if (link !== null && here.issuer === null) here.issuer = issuer;
    else issuer = null;
  }
}

export function parseLegalRefs(text: string): LegalRef[] {
  const clean = collapseSpace(text.normalize('NFC'));
  const numbered = numberedRefs(clean);
  const named = namedRefs(clean, numbered);
  const all = [...numbered, ...named].sort((a, b) => a.start - b.start);
  shareIssuers(all, clean);
  // A document mentioned again inside the clause (e.g. "…sửa đổi Nghị định số 61/2018/NĐ-CP")
  // is the same cited document: keep its first, fullest mention.
  const seen = new Set<string>();
  return all
    .filter((ref) => {
      if (ref.number === null) return true;
      const key = ref.number.toUpperCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map(({ start: _s, end: _e, ...ref }) => ref);
}
