/** Group positioned text pieces into visual lines and join them into strings. */
import type { TextPiece } from './geometry.js';

export interface VisualLine {
  pieces: TextPiece[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  size: number;
}

function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.min(a1, b1) - Math.max(a0, b0);
}

/** Pieces into lines, top to bottom; each line's pieces left to right. */
export function groupLines(pieces: TextPiece[]): VisualLine[] {
  const sorted = [...pieces].sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
  const lines: VisualLine[] = [];
  for (const p of sorted) {
    const h = p.y1 - p.y0;
    let best: VisualLine | null = null;
    for (let i = lines.length - 1; i >= Math.max(0, lines.length - 4); i--) {
      const l = lines[i]!;
      const ov = overlap(l.y0, l.y1, p.y0, p.y1);
      if (ov >= 0.5 * Math.min(h, l.y1 - l.y0)) {
        best = l;
        break;
      }
    }
    if (best) {
      best.pieces.push(p);
      best.x0 = Math.min(best.x0, p.x0);
      best.x1 = Math.max(best.x1, p.x1);
      best.size = Math.max(best.size, p.size);
    } else lines.push({ pieces: [p], x0: p.x0, x1: p.x1, y0: p.y0, y1: p.y1, size: p.size });
  }
  for (const l of lines) l.pieces.sort((a, b) => a.x0 - b.x0);
  return lines.sort((a, b) => a.y0 + a.y1 - (b.y0 + b.y1));
}

/** Join pieces of one line (left to right), with a space where the gap between them is a word gap. */
export function joinPieces(pieces: TextPiece[]): string {
  let out = '';
  let prev: TextPiece | null = null;
  for (const p of pieces) {
    if (prev) {
      const gap = p.x0 - prev.x1;
      // OCR words are whole words: always a space between them
      const ocr = p.confidence !== undefined && prev.confidence !== undefined;
      if ((ocr || gap > 0.12 * Math.min(p.size, prev.size)) && !/\s$/.test(out)) out += ' ';
    }
    out += p.text;
    prev = p;
  }
  return tidy(out);
}

export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The text of a table cell: its lines joined with one space. */
/** `a` ends inside a date that `b` finishes: after a slash ("30/10/" + "2025") or inside the year ("30/10/20" + "25"). */
function brokenDate(a: string, b: string): boolean {
  if (/\b\d{1,2}\/$/.test(a)) return /^\d/.test(b);
  const year = /\b\d{1,2}\/\d{1,2}\/(\d{1,3})$/.exec(a);
  const rest = /^(\d{1,3})(?!\d)/.exec(b);
  return !!year && !!rest && year[1]!.length + rest[1]!.length === 4;
}

export function cellText(pieces: TextPiece[]): string {
  let out = '';
  for (const line of groupLines(pieces)) {
    const text = joinPieces(line.pieces);
    if (!text) continue;
    // a line broken right after a hyphen inside a word or code ("NĐ-" / "CP"), or inside a date
    // too long for a narrow column ("30/10/20" / "25"), joins without a space
    out += out === '' || (/[\p{L}\p{N}]-$/u.test(out) && /^\p{L}/u.test(text)) || brokenDate(out, text) ? text : ` ${text}`;
  }
  return tidy(out);
}

/** Split a line's pieces where the horizontal gap is wider than `gap` points. */
export function splitByGap(pieces: TextPiece[], gap: number): TextPiece[][] {
  const parts: TextPiece[][] = [];
  let cur: TextPiece[] = [];
  let right = -Infinity;
  for (const p of pieces) {
    if (cur.length && p.x0 - right > gap) {
      parts.push(cur);
      cur = [];
    }
    cur.push(p);
    right = Math.max(right, p.x1);
  }
  if (cur.length) parts.push(cur);
  return parts;
}
