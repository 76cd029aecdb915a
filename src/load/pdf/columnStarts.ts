/**
 * Column starts of a borderless table seen in its left-aligned cells: an x where a part of a line
 * (text after a white gap, or the start of the line) begins on three or more lines. A gutter
 * narrower than a word space glues two cells of a line into one part ("hành chính" + "nghị đối
 * thoại" 4 pt apart); where the second text item starts at such an x after any visible gap, the
 * part is cut there. Word spaces inside a cell line are inside one text item, so a cut falls
 * between items only.
 */
import type { TextPiece } from './geometry.js';

/** how far apart two starts may be and still be one column edge (points) */
const SAME_X = 0.75;
/** the least white gap between two text items that may be a gutter (points) */
const MIN_GUTTER = 1;

/** x positions where parts start on three or more lines, left to right. */
export function recurringStarts(lines: TextPiece[][][], minLines = 3): number[] {
  const starts = lines.flatMap((parts, li) => parts.map((p) => ({ x: p[0]!.x0, line: li }))).sort((a, b) => a.x - b.x);
  const out: number[] = [];
  for (let a = 0; a < starts.length; ) {
    let b = a;
    while (b + 1 < starts.length && starts[b + 1]!.x - starts[a]!.x <= SAME_X) b++;
    const group = starts.slice(a, b + 1);
    if (new Set(group.map((s) => s.line)).size >= minLines) out.push(group.reduce((s, g) => s + g.x, 0) / group.length);
    a = b + 1;
  }
  return out;
}

/** a white gap between two text items wider than a word space (a fraction of the text size) */
const WIDER_THAN_SPACE = 0.4;

/** Whether the white between text items `a` and `b` (b after a) is wider than a word space, and at least `min` wide. */
export function widerThanSpace(a: TextPiece, b: TextPiece, min = MIN_GUTTER): boolean {
  const gap = b.x0 - a.x1;
  return gap >= min && gap >= WIDER_THAN_SPACE * Math.min(a.size || 0, b.size || 0);
}

/**
 * Cut a line's parts before each text item that starts at a column start after a gap, or after a
 * gap wider than a word space that a column start falls in (centred header cells glued over a
 * narrow gutter: "Thời hạn thực" "Phòng/đơn" 7.8 pt apart, the body cells starting in between).
 */
export function cutAtStarts(parts: TextPiece[][], starts: number[]): TextPiece[][] {
  const out: TextPiece[][] = [];
  for (const part of parts) {
    let cur: TextPiece[] = [part[0]!];
    for (let k = 1; k < part.length; k++) {
      const p = part[k]!;
      const a = part[k - 1]!;
      const gap = p.x0 - a.x1;
      const wide = widerThanSpace(a, p);
      if (
        (gap >= MIN_GUTTER && starts.some((x) => Math.abs(p.x0 - x) <= SAME_X)) ||
        (wide && starts.some((x) => x >= a.x1 - SAME_X && x <= p.x0 + SAME_X))
      ) {
        out.push(cur);
        cur = [];
      }
      cur.push(p);
    }
    out.push(cur);
  }
  return out;
}
