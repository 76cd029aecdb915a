/** Column roles from header cells: fold-based, OCR-tolerant matching against the vocab table. */
import type { ColumnRole } from '../schema/plan.js';
import { COLUMN_HEADERS, HEADER_KEYWORDS, KEY_COLUMN_KEYWORDS, LEAD_HEADER_WITH_UNIT, UNROLED_HEADERS } from '../vocab/columnHeaders.js';
import { fold } from '../core/text.js';
import { allowedErrors, approxFind, compact, similarity } from './fuzzy.js';

const ENTRIES: { role: ColumnRole; key: string }[] = [
  ...COLUMN_HEADERS.flatMap((e) => e.headers.map((h) => ({ role: e.role, key: compact(h) }))),
  // headers known to name no role compete too, so that a near neighbour does not take them
  ...UNROLED_HEADERS.map((h) => ({ role: 'other' as const, key: compact(h) })),
];
const KEYWORDS = HEADER_KEYWORDS.map((k) => ({ role: k.role, key: compact(k.keyword), lineStart: k.lineStart ?? false }));

/** How sure we must be that a header cell names a role. */
const MIN_SIMILARITY = 0.7;

/** The role of one header cell ("Bộ phận thực hiện" → lead; "Thoigian" → deadline), or 'other'. */
export function roleOfHeader(cell: string): ColumnRole {
  // years and numbers in headers ("Chỉ tiêu năm 2024") say nothing about the role
  const key = compact(cell.replace(/\d+/g, ''));
  if (key === '') return 'other';
  let best: { role: ColumnRole; score: number } = { role: 'other', score: 0 };
  for (const entry of ENTRIES) {
    // lengths further apart than MIN_SIMILARITY allows can only score below it: no edit distance
    // needed (a line of thousands of tab cells tried as a header spent seconds here)
    const longer = Math.max(key.length, entry.key.length);
    if (Math.abs(key.length - entry.key.length) > longer * (1 - MIN_SIMILARITY)) continue;
    const score = similarity(key, entry.key);
    if (score > best.score) best = { role: entry.role, score };
  }
  return best.score >= MIN_SIMILARITY ? best.role : 'other';
}

/** Roles for a whole header row; a later duplicate of a role keeps the first and becomes 'other'. */
export function rolesOfHeader(cells: string[]): ColumnRole[] {
  const seen = new Set<ColumnRole>();
  return settleRoles(
    cells.map((cell) => {
      let role = roleOfHeader(cell);
      if (role !== 'other' && seen.has(role)) {
        // two "Đơn vị …" columns: the second one is usually the unit of an indicator table
        role = 'other';
      }
      seen.add(role);
      return role;
    }),
  );
}

/**
 * The roles "Mục tiêu" and "Nhiệm vụ" take from the rest of the header (domain.md): "Mục tiêu" is
 * the objective of a hierarchical task table but the target of an indicator table (one with a
 * unit column and no other target); "Nhiệm vụ" is the mission only above a content column of its
 * own (Hoạt động, Nội dung …): alone, it heads the tasks themselves.
 */
export function settleRoles(roles: ColumnRole[]): ColumnRole[] {
  const out = [...roles];
  if (out.includes('objective') && out.includes('unit') && !out.includes('target')) out[out.indexOf('objective')] = 'target';
  if (out.includes('mission') && !out.includes('content')) out[out.indexOf('mission')] = 'content';
  return out;
}

export interface KeywordHit {
  role: Exclude<ColumnRole, 'other'>;
  keyword: string;
  /** position in the compacted line, for ordering columns */
  at: number;
}

/** Most letters a line of column headers holds (every column's title on one line is ≈ 120). */
const MAX_HEADER_LETTERS = 1000;

/** Header keywords found in one line of (possibly damaged) text, in order of position. */
export function headerKeywordsIn(line: string): KeywordHit[] {
  const text = compact(line);
  // a header row is a line of column titles: a longer line is body text (and the approximate
  // search is linear in its length per keyword)
  if (text.length > MAX_HEADER_LETTERS) return [];
  const words = new Set(fold(line).split(/[^a-z0-9]+/));
  const starts = wordStarts(line);
  const hits: KeywordHit[] = [];
  for (const k of KEYWORDS) {
    if (k.key.length > text.length + 1) continue;
    // a short keyword ("Stt") only as a word of its own, never inside "KSTTHC"
    if (k.lineStart) {
      if (fold(line).split(/[^a-z0-9]+/).find((w) => w !== '') === k.key) hits.push({ role: k.role, keyword: k.key, at: 0 });
      continue;
    }
    if (k.key.length <= 4) {
      if (words.has(k.key)) hits.push({ role: k.role, keyword: k.key, at: text.indexOf(k.key) });
      continue;
    }
    const found = approxFind(k.key, text);
    if (found.errors > allowedErrors(k.key.length)) continue;
    const at = found.end - k.key.length;
    if (found.errors > 0 && !startsLikeKeyword(text, starts, at, k.key, found.errors)) continue;
    hits.push({ role: k.role, keyword: k.key, at });
  }
  return hits.sort((a, b) => a.at - b.at);
}

/** Where the words of a line start, in its compacted text. */
function wordStarts(line: string): Set<number> {
  const starts = new Set<number>();
  let n = 0;
  let inWord = false;
  for (const ch of fold(line)) {
    const letter = /[a-z0-9]/.test(ch);
    if (letter && !inWord) starts.add(n);
    if (letter) n++;
    inWord = letter;
  }
  return starts;
}

/**
 * A damaged keyword still starts where a word starts, or with its own first letter: "uoidung" inside
 * "người dùng" / "người đứng đầu" is one letter from "nội dung" but names no column.
 */
function startsLikeKeyword(text: string, starts: Set<number>, at: number, key: string, errors: number): boolean {
  if (text[at] === key[0]) return true;
  for (let p = at - errors; p <= at + errors; p++) if (starts.has(p)) return true;
  return false;
}

/** Header texts (compacted) and their roles, for keywords that are only part of a longer header. */
const FULL_HEADERS = COLUMN_HEADERS.flatMap((e) => e.headers.map((h) => ({ role: e.role, key: compact(h) })));

/**
 * Two keywords side by side that together spell one header of one of their roles ("Nội dung" +
 * "nhiệm vụ" = "Nội dung nhiệm vụ", the content; "Đơn vị" + "chủ trì" = "Đơn vị chủ trì", the
 * lead): the other keyword names no column of its own.
 */
function partOfLongerHeader(hits: KeywordHit[], text: string): Set<KeywordHit> {
  const drop = new Set<KeywordHit>();
  for (let n = 0; n + 1 < hits.length; n++) {
    const a = hits[n]!;
    const b = hits[n + 1]!;
    if (a.role === b.role || b.at < a.at + a.keyword.length - 1 || b.at > a.at + a.keyword.length + 1) continue;
    const joined = text.slice(a.at, b.at + b.keyword.length);
    const whole = FULL_HEADERS.find((f) => (f.role === a.role || f.role === b.role) && similarity(joined, f.key) >= 0.9);
    if (whole) drop.add(whole.role === a.role ? b : a);
  }
  return drop;
}

/** Header keywords of a line, without a unit hit that is really part of "Đơn vị thực hiện", nor keywords inside a longer header. */
export function headerRolesIn(line: string): KeywordHit[] {
  const hits = headerKeywordsIn(line);
  const leads = hits.filter((h) => h.keyword === compact(LEAD_HEADER_WITH_UNIT));
  const inside = partOfLongerHeader(hits, compact(line));
  return hits.filter((h) => !inside.has(h) && !(h.role === 'unit' && leads.some((l) => Math.abs(l.at - h.at) <= 2)));
}

const KEY_COLUMNS = new Set(KEY_COLUMN_KEYWORDS.map(compact));

/** Names the columns every table has (Stt, Nội dung, Chỉ tiêu): needed before a line can be a header. */
export function hasKeyColumn(line: string): boolean {
  return headerRolesIn(line).some((h) => KEY_COLUMNS.has(h.keyword));
}

/** Distinct roles named in a line: a header line names 3 or more, one of them a key column. */
export function headerScore(line: string): number {
  const hits = headerRolesIn(line);
  const roles = new Set(hits.map((h) => h.role));
  return hits.some((h) => KEY_COLUMNS.has(h.keyword)) ? roles.size : Math.min(roles.size, 2);
}
