/**
 * Text outside tables into lines in reading order. Side-by-side blocks (the two-column header
 * of an administrative document, the recipients / signer block) are read column by column:
 * the whole left column, then the right one.
 */
import type { TextPiece } from './geometry.js';
import { groupLines, joinPieces, splitByGap, type VisualLine } from './visualLines.js';

export interface PlacedLine {
  text: string;
  page: number;
  line: number;
  y: number;
}

/** Line numbers on a page: the rank of each piece's visual line among all lines of the page. */
export function numberLines(pieces: TextPiece[]): Map<TextPiece, number> {
  const map = new Map<TextPiece, number>();
  groupLines(pieces).forEach((l, i) => l.pieces.forEach((p) => map.set(p, i + 1)));
  return map;
}

interface Split {
  line: VisualLine;
  parts: TextPiece[][];
}

export function freeLines(pieces: TextPiece[], page: number, lineNo: Map<TextPiece, number>): PlacedLine[] {
  const lines = groupLines(pieces);
  const splits: Split[] = lines.map((line) => ({ line, parts: splitByGap(line.pieces, Math.max(2 * line.size, 18)) }));
  const out: PlacedLine[] = [];
  const emit = (ps: TextPiece[], y: number) => {
    const text = joinPieces(ps);
    if (text) out.push({ text, page, line: lineNo.get(ps[0]!) ?? 0, y });
  };
  for (let i = 0; i < splits.length; ) {
    if (splits[i]!.parts.length < 2) {
      emit(splits[i]!.line.pieces, splits[i]!.line.y0);
      i++;
      continue;
    }
    // a block of consecutive side-by-side lines (narrow one-sided lines may sit inside it)
    let j = i;
    const gaps: number[] = [];
    while (j < splits.length) {
      const s = splits[j]!;
      if (s.parts.length >= 2) {
        let best = 0;
        let mid = 0;
        for (let k = 1; k < s.parts.length; k++) {
          const left = Math.max(...s.parts[k - 1]!.map((p) => p.x1));
          const gap = s.parts[k]![0]!.x0 - left;
          if (gap > best) [best, mid] = [gap, (left + s.parts[k]![0]!.x0) / 2];
        }
        gaps.push(mid);
        j++;
      } else if (j + 1 < splits.length && splits[j + 1]!.parts.length >= 2 && gaps.length > 0) {
        j++;
      } else break;
    }
    gaps.sort((a, b) => a - b);
    const splitX = gaps[Math.floor(gaps.length / 2)]!;
    const left: { ps: TextPiece[]; y: number }[] = [];
    const right: { ps: TextPiece[]; y: number }[] = [];
    for (let k = i; k < j; k++) {
      const s = splits[k]!;
      const l: TextPiece[] = [];
      const r: TextPiece[] = [];
      for (const p of s.line.pieces) ((p.x0 + p.x1) / 2 < splitX ? l : r).push(p);
      if (l.length) left.push({ ps: l, y: s.line.y0 });
      if (r.length) right.push({ ps: r, y: s.line.y0 });
    }
    for (const x of [...left, ...right]) emit(x.ps, x.y);
    i = j;
  }
  return out;
}
