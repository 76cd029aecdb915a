/**
 * The issuing body and its parent. Read from the block printed above "Số:" (top left), else from
 * a decision's authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG …"), else from an attached
 * document's note ("… của UBND phường Nguyễn Nghiêm)").
 */
import type { SourceLine } from '../core/lines.js';
import { normalizeBodyName, splitBodies, startsWithBodyHead, startsWithUnit } from './bodyName.js';
import { tokenize, upperRatio } from './fuzzy.js';
import { UNIT_WORDS } from '../vocab/structureKeywords.js';
import { cutMotto, cutMottoLines } from './motto.js';
import { readPosition } from './signature.js';
import { readTypeLine } from './typeLine.js';
import { readDateLine } from './dateLine.js';

export interface IssuerRead {
  issuer: string | null;
  parentIssuer: string | null;
  /** lines the block used */
  lines: number[];
}

const MAX_BLOCK_LINES = 5;
/** how many lines above the number (or type) line can hold the header block */
const HEAD_WINDOW = 12;
const SEPARATOR = /^[\s\-_=–—.*~]+$/u;

/** Does this (motto-free) text read as part of an issuer block? */
function blockLine(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10 || upperRatio(text) < 0.6) return false;
  if (readTypeLine(text) || readDateLine(text)) return false;
  return true;
}

/** The block of capital lines directly above line `at` (the "Số:" line or the type line). */
export function readIssuerBlock(lines: SourceLine[], at: number): IssuerRead | null {
  const picked: { index: number; text: string }[] = [];
  // the motto is cut from the left column of every line above, minding phrases that wrap
  const from = Math.max(0, at - HEAD_WINDOW);
  const columns = lines.slice(from, at).map((l) => l.text.split('\t'));
  const firsts = cutMottoLines(columns.map((c) => c[0] ?? ''));
  const others = columns.map((c) => c.slice(1).map((p) => cutMotto(p)));
  for (let k = at - from - 1; k >= 0 && picked.length < MAX_BLOCK_LINES; k--) {
    const raw = lines[from + k]!.text;
    if (!raw.trim() || SEPARATOR.test(raw)) continue;
    const cut = [firsts[k]!, ...others[k]!].map((c) => c.rest.trim()).filter((p) => p && !SEPARATOR.test(p));
    const found = firsts[k]!.found || others[k]!.some((c) => c.found);
    if (!cut.length && found) continue; // a line that was only the motto
    const text = cut[0] ?? '';
    if (readDateLine(text) && cut.length === 1) continue; // the place-and-date line of the right column
    if (!blockLine(text)) break;
    picked.unshift({ index: from + k, text });
  }
  // the block must name a body: start with a head word (UBND, SỞ …) or a unit word
  while (picked.length && !startsWithBodyHead(picked.map((p) => p.text).join(' ')) && !startsWithUnit(picked[0]!.text)) picked.shift();
  if (!picked.length) return null;
  const bodies = splitBodies(picked.map((p) => p.text))
    .map(normalizeBodyName)
    .filter((b): b is string => b !== null);
  if (!bodies.length) return null;
  return {
    issuer: bodies[bodies.length - 1]!,
    parentIssuer: bodies.length > 1 ? bodies[bodies.length - 2]! : null,
    lines: picked.map((p) => p.index),
  };
}

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN NGHIÊM" → the body after the position. */
export function readAuthorityLine(text: string): string | null {
  const t = text.trim();
  if (upperRatio(t) < 0.8) return null;
  const tokens = tokenize(t).filter((x) => x.key !== '');
  for (let k = 1; k < Math.min(tokens.length, 5); k++) {
    const head = t.slice(0, tokens[k]!.start);
    const rest = t.slice(tokens[k]!.start);
    if (readPosition(head)?.position && startsWithBodyHead(rest)) return normalizeBodyName(rest);
  }
  // a bare body name ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI") must name a place, so that a title in
  // capitals starting with a head word ("BAN HÀNH …") is not taken for one
  if (!startsWithBodyHead(t) || tokens.length > 10) return null;
  const name = normalizeBodyName(t);
  return name && UNIT_WORDS.some((u) => name.includes(` ${u} `)) ? name : null;
}
