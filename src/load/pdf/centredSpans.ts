/**
 * Cells spanning rows in a borderless table whose cells are vertically centred: a cell of a row
 * sits level with the row's number (same top, middle or bottom). A block of text in a column that
 * is level with none of them belongs to a cell spanning rows; its text stands in the middle of the
 * span, so the span is the run of rows around it, with nothing else in that column, whose middle
 * is the block's middle. The rows it reaches where they show an empty cell read its text too.
 *
 * Where two runs fit as well (rows laid out evenly around the text), the longer one is taken: a
 * task row's empty cell next to a spanning cell is that cell, not a missing value.
 */

export interface Placed {
  col: number;
  y0: number;
  y1: number;
}

interface Extent {
  y0: number;
  y1: number;
}

const box = (items: Placed[]): Extent => ({ y0: Math.min(...items.map((it) => it.y0)), y1: Math.max(...items.map((it) => it.y1)) });
const mid = (e: Extent) => (e.y0 + e.y1) / 2;

/** a block level with the row number: same top, middle or bottom */
export function levelWith(block: Extent, number: Extent, tol: number): boolean {
  return Math.abs(block.y0 - number.y0) <= tol || Math.abs(mid(block) - mid(number)) <= tol || Math.abs(block.y1 - number.y1) <= tol;
}

export interface SpanInput<T extends Placed> {
  /** the body rows' items, top to bottom (an item of a cell spanning rows may stand in several) */
  rows: T[][];
  /** the row number of each row (first column), or null for a row without one */
  numbers: (T | null)[];
  columns: number;
  /** how far apart two edges may be and still be level (points) */
  tol: number;
}

/** Per row: the items of spanning cells it reaches but does not hold yet. */
export function centredSpans<T extends Placed>({ rows, numbers, columns, tol }: SpanInput<T>): T[][] {
  const extra: T[][] = rows.map(() => []);
  const cell = (r: number, c: number) => rows[r]!.filter((it) => it.col === c);
  // a row's extent: its number and the blocks level with it
  const extents: (Extent | null)[] = rows.map((_, r) => {
    const n = numbers[r];
    if (!n) return null;
    const level: Placed[] = [n];
    for (let c = 1; c < columns; c++) {
      const b = cell(r, c);
      if (b.length && levelWith(box(b), n, tol)) level.push(...b);
    }
    return box(level);
  });
  // a row a span may reach: a numbered task row (text right of the column; for the last column,
  // text past the second) with nothing in the column
  const open = (r: number, c: number) =>
    extents[r] !== null && cell(r, c).length === 0 && rows[r]!.some((it) => it.col > c || (c === columns - 1 && it.col > 1 && it.col < c));
  const claims = new Map<string, { err: number; items: T[] }>();
  for (let c = 1; c < columns; c++) {
    const seen = new Set<T>();
    for (let r = 0; r < rows.length; r++) {
      const items = cell(r, c);
      if (!items.length || seen.has(items[0]!) || !numbers[r]) continue;
      items.forEach((it) => seen.add(it));
      // the rows already holding this block
      const holding = rows.map((_, k) => k).filter((k) => rows[k]!.includes(items[0]!));
      const b = box(items);
      if (holding.every((k) => numbers[k] && levelWith(b, numbers[k]!, tol))) continue;
      if (holding.some((k) => !extents[k])) continue;
      const first = holding[0]!;
      const last = holding[holding.length - 1]!;
      let best: { a: number; z: number; err: number } | null = null;
      for (let a = first; a >= 0 && (a === first || open(a, c)); a--) {
        for (let z = last; z < rows.length && (z === last || open(z, c)); z++) {
          const err = Math.abs((extents[a]!.y0 + extents[z]!.y1) / 2 - mid(b));
          if (err > tol) continue;
          if (!best || z - a > best.z - best.a || (z - a === best.z - best.a && err < best.err)) best = { a, z, err };
        }
      }
      if (!best) continue;
      for (let k = best.a; k <= best.z; k++) {
        if (holding.includes(k)) continue;
        const key = `${k}:${c}`;
        const prev = claims.get(key);
        if (!prev || best.err < prev.err) claims.set(key, { err: best.err, items });
      }
    }
  }
  for (const [key, { items }] of claims) extra[Number(key.split(':')[0])]!.push(...items);
  return extra;
}
