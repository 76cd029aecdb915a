/**
 * Classifying single lines of OCR'd table text: header lines, group rows (roman numeral +
 * title), row-number anchors ("1 Ké hoach", "2. | TTHC", "1.1 | Phoi hop", "12 | …" = 1.2 damaged).
 */
import type { SourceLine } from '../core/lines.js';
import { fold } from '../core/text.js';
import { COLUMN_HEADERS, TABLE_END_MARKERS } from '../vocab/columnHeaders.js';
import { approxFind, compact, similarity } from './fuzzy.js';
import { hasKeyColumn, headerRolesIn, headerScore, type KeywordHit } from './columnRoles.js';
import { groupLetter, parseStt, romanNumeral } from './numbering.js';

export interface GroupLine {
  /** a roman numeral, or a capital letter where groups are lettered (A, B, C …) */
  numeral: string | null;
  /** the groups are lettered: `numeral` is a letter */
  lettered?: boolean;
  title: string | null;
  /** the numeral stands alone on its line; the title is on the next line */
  titleOnNext: boolean;
}

const LETTERS = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;

/** Mostly capital letters, a few words long: a group title whose numeral was lost. */
export function isCapsTitle(text: string): boolean {
  const letters = text.match(LETTERS) ?? [];
  const upper = text.match(UPPER) ?? [];
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return letters.length >= 12 && words.length >= 3 && upper.length / letters.length >= 0.85 && !/^\s*\d/.test(text);
}

/** A group row: "I. Thuc hién …", "I1. Cong bd …" (= II), "VII | HIEN PAI HOA …", or "III" alone. */
export function groupLine(text: string): GroupLine | null {
  const t = text.trim().replace(/^["'“”‘’]\s*/, '');
  const alone = /^([IVXivxl1]{1,5})\.?$/.exec(t);
  if (alone) {
    const numeral = romanNumeral(alone[1]!);
    return numeral ? { numeral, title: null, titleOnNext: true } : null;
  }
  const m = /^([IVX][IVXl1]{0,4})\s*(?:[.:]\s*\|?|\|)?\s+(\p{Lu}.*)$/u.exec(t);
  // a lettered group: "A. CÔNG TÁC CHỈ ĐẠO", "B_ KIỂM SOÁT …" (a title in capitals after the letter),
  // the letter between rulings OCR read as "|" and "_" ("|_B_ | KIỂM SOÁT …", "_D_| CHUYỂN ĐỔI …")
  const lettered = /^[|_]*\s*(\S)\s*[.:_|]*(?:\s*[|_]+)?\s+(\p{Lu}.*)$/u.exec(t);
  if (lettered && groupLetter(lettered[1]!) && isCapsTitle(lettered[2]!) && !(m && romanNumeral(m[1]!))) {
    return { numeral: lettered[1]!, lettered: true, title: lettered[2]!.trim(), titleOnNext: false };
  }
  if (!m) return null;
  const numeral = romanNumeral(m[1]!);
  if (!numeral) return null;
  return { numeral, title: m[2]!.trim(), titleOnNext: false };
}

export interface AnchorCandidate {
  /** the row number as printed */
  token: string;
  /** readings of the number: as printed, and repaired ones ("12" → 1.2) with a penalty */
  readings: { path: number[]; penalty: number }[];
  /** the rest of the line after the number */
  rest: string;
  /** followed by a ruling "|" (more likely a real Stt cell) */
  ruled: boolean;
}

/** A line that starts with a row number. */
export function anchorCandidate(text: string): AnchorCandidate | null {
  // "L Tiép nhan …", "L1 |TTHC …": a 1 read as L
  // (or "l1...": the ruling before a 1 read as l, dots of debris after it)
  const ell = /^\s*[Ll](\d?)(?:(?<=\d)[.,]+)?\s*(\|)?\s+(\p{Lu}.*|\S.*)$/u.exec(text);
  if (ell && (ell[1] || /^\p{Lu}/u.test(ell[3]!))) {
    const readings = ell[1] ? [{ path: [1, Number(ell[1])], penalty: 0.5 }, { path: [Number(ell[1])], penalty: 0.6 }] : [{ path: [1], penalty: 0.5 }];
    return { token: `L${ell[1]}`, readings: readings.filter((r) => r.path.every((n) => n > 0)), rest: ell[3]!.trim(), ruled: !!ell[2] };
  }
  // "S_ | Rà soát …": a 5 read as S, before a ruling
  const ess = /^\s*S\s*_*\s*\|\s*(\p{Lu}.*)$/u.exec(text);
  if (ess) return { token: 'S', readings: [{ path: [5], penalty: 0.5 }], rest: ess[1]!.trim(), ruled: true };
  // "4_ | …", "3 _ | …": an underscore is a ruling OCR read low, like "|"
  // "1ˆ quy phạm …": a speck OCR read as an accent or quote glued to the number
  const m = /^\s*["'“”‘’]?\s*(\d{1,3}(?:[.,]\d{1,2}){0,2})(?=$|[\s.,|_ˆ`´'‘’^~])[ˆ`´'‘’^~]?\s*[.,]?\s*(?:_+\s*)?(\|)?\s*(.*)$/u.exec(text);
  if (!m) return null;
  const token = m[1]!.replace(/,/g, '.');
  const rest = m[3]!.trim();
  // "02/2024", "100%", "10/02/2022": a number that is not a row number
  if (/^[/%]/.test(rest)) return null;
  const path = parseStt(token);
  if (!path || path.some((n) => n === 0) || /^0/.test(token)) return null;
  const readings = [{ path, penalty: 0 }];
  // a lost dot: "12" after 1.1 is 1.2, "21" after 2 is 2.1, "110" is 1.10
  if (path.length === 1 && token.length >= 2 && token[1] !== '0') {
    readings.push({ path: [Number(token[0]), Number(token.slice(1))], penalty: 0.6 });
  }
  if (path.length === 1 && token === '10') readings.push({ path: [1, 10], penalty: 0.9 });
  return { token, readings, rest, ruled: !!m[2] };
}

export interface HeaderSpan {
  start: number;
  end: number;
  roles: KeywordHit[];
}

function nonEmptyAfter(lines: SourceLine[], from: number, count: number, maxGap = 3): number[] {
  const out: number[] = [];
  let gap = 0;
  for (let i = from; i < lines.length && out.length < count; i++) {
    if (lines[i]!.text.trim() === '') {
      if (++gap > maxGap) break;
      continue;
    }
    gap = 0;
    out.push(i);
  }
  return out;
}

/**
 * A table header starting at line `i`: one line naming 3+ roles, a line naming 2 whose
 * next lines complete it, or a column of short lines ("Stt", "Noi dung", "Co quan / chi tri" …).
 */
export function headerAt(lines: SourceLine[], i: number): HeaderSpan | null {
  const span = headerCandidateAt(lines, i);
  if (!span) return null;
  // header words make up much of a header's text, little of a sentence that happens to name them
  const text = compact(lines.slice(span.start, span.end + 1).map((l) => l.text).join(' '));
  const covered = new Set(span.roles.map((r) => r.keyword)).size > 0 ? [...new Set(span.roles.map((r) => r.keyword))].join('').length : 0;
  return covered / Math.max(1, text.length) >= MIN_HEADER_COVERAGE ? span : null;
}

/** A clause going on after a semicolon, in lower case: prose, not header cells. */
const PROSE_SEMICOLON = /;\s+\p{Ll}/u;

/** Columns a hierarchical header line names (objective and mission among them) to be one without its Stt. */
const HIERARCHICAL_MIN_ROLES = 4;

/** Share of a header's letters that are header words: real headers ≥ 0.26 in the seeds, prose ≤ 0.16. */
const MIN_HEADER_COVERAGE = 0.2;

function headerCandidateAt(lines: SourceLine[], i: number): HeaderSpan | null {
  const text = lines[i]!.text;
  if (text.trim() === '' || text.includes('\t')) return null;
  const score = headerScore(text);
  // a header line is not a sentence: it does not end with a full stop or semicolon, nor go on
  // after a semicolon in lower case ("… của từng phòng, đơn vị; bảo đảm")
  if (/[.;]\s*$/.test(text) || PROSE_SEMICOLON.test(text)) return null;
  if (score >= 3) return { start: i, end: i, roles: headerRolesIn(text) };
  // a hierarchical table's header (Mục tiêu, Nhiệm vụ, Hoạt động …) whose Stt OCR damaged ("St —"):
  // objective and mission together with two more columns name no sentence
  const hits = headerRolesIn(text);
  const roles = new Set(hits.map((h) => h.role));
  if (roles.has('objective') && roles.has('mission') && roles.size >= HIERARCHICAL_MIN_ROLES) return { start: i, end: i, roles: hits };
  if (score === 2 && text.trim().length < 70 && hasKeyColumn(text)) {
    const next = nonEmptyAfter(lines, i + 1, 2, 1);
    const joined = [text, ...next.map((k) => lines[k]!.text)];
    for (let n = 2; n <= joined.length; n++) {
      const merged = joined.slice(0, n).join(' ');
      if (headerScore(merged) >= 3 && next.slice(0, n - 1).every((k) => lines[k]!.text.trim().length < 70 && !anchorCandidate(lines[k]!.text))) {
        return { start: i, end: next[n - 2]!, roles: headerRolesIn(merged) };
      }
    }
  }
  // "Stt Noi dung" under header fragments printed above it
  if (score === 2 && text.trim().length < 40 && hasKeyColumn(text)) {
    for (let k = i - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (lines[k]!.text.trim() === '') continue;
      seen++;
      if (headerFragment(lines[k]!.text)) return { start: i, end: i, roles: headerRolesIn(`${lines[k]!.text} ${text}`) };
    }
  }
  // a header printed one cell per line
  if (/^(stt|st|tt)$/.test(compact(text))) {
    const next = nonEmptyAfter(lines, i + 1, 16);
    const short = [];
    for (const k of next) {
      // a cell per line, or two cells OCR put on one line ("Cơ quan chủ trì hồ hoàn thành")
      if (lines[k]!.text.trim().length > 24 && !headerFragment(lines[k]!.text)) break;
      short.push(k);
    }
    const merged = [text, ...short.map((k) => lines[k]!.text)].join(' ');
    if (short.length >= 3 && headerScore(merged) >= 4) {
      let end = i;
      for (const k of short) if (headerRolesIn(lines[k]!.text).length > 0) end = k;
      return { start: i, end, roles: headerRolesIn(merged) };
    }
  }
  return null;
}

/** A short line next to a header that belongs to it ("Co quan Co quan Thei gian Két qua"). */
export function headerFragment(text: string): boolean {
  const t = text.trim();
  if (t === '' || t.length > 90) return false;
  // a header cell does not run on with a comma: "Phối hợp thông tin," opens a task cell under it
  if (/[,;]$/.test(t) || PROSE_SEMICOLON.test(t)) return false;
  const roles = headerRolesIn(t);
  const hits = roles.length;
  if (hits >= 2 || (hits >= 1 && t.length <= 14)) return true;
  // a header cell on a line of its own ("Thời gian thực hiện", "Kết quả công việc"): its keyword is much of it
  const covered = roles.reduce((n, r) => n + r.keyword.length, 0);
  if (hits === 1 && t.length <= 30 && covered / Math.max(1, compact(t).length) >= 0.4) return true;
  // the last line of header cells broken over lines ("việc trì phối hợp thực hiện phẩm"): header words only
  const words = fold(t).split(/[^a-z0-9]+/).filter((w) => w.length >= 2);
  return words.length >= 4 && words.filter((w) => HEADER_WORDS.has(w)).length / words.length >= 0.85;
}

/** Every word of the column headers' texts, folded. */
const HEADER_WORDS = new Set(COLUMN_HEADERS.flatMap((e) => e.headers).flatMap((h) => fold(h).split(/[^a-z0-9]+/)).filter((w) => w.length >= 2));

const END_KEYS = TABLE_END_MARKERS.map((m) => compact(m));
/** a line with more letters than this is body text, not a table-end marker (even one sharing its line) */
const MAX_END_MARKER_LETTERS = 1000;

/** A line where the body text resumes after a table ("III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:"). */
export function isTableEnd(text: string): boolean {
  const key = compact(text.replace(/^[\sIVXl1.\d|]+/, ''));
  if (key.length > MAX_END_MARKER_LETTERS) return false; // a paragraph, not a heading or "Nơi nhận:"
  // long markers ("Cộng hòa xã hội chủ nghĩa Việt Nam") may share their line with another column
  if (END_KEYS.some((k) => k.length >= 20 && approxFind(k, key).errors <= 3)) return true;
  return key.length < 40 && END_KEYS.some((k) => key.length >= k.length - 2 && key.length <= k.length + 6 && Math.max(similarity(key, k), similarity(key.slice(0, k.length), k)) >= 0.7);
}

export function foldedWords(text: string): string {
  return fold(text).replace(/\s+/g, ' ').trim();
}
