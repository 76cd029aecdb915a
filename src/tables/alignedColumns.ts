/**
 * Columns of a table printed with spaces (pdftotext -layout, fixed-width text): a line is cut
 * into chunks at runs of two or more spaces; the header's chunks give the column starts, the
 * body refines them; each chunk then goes to the column it starts in.
 */

export interface Chunk {
  text: string;
  /** offset of the first character in the line */
  start: number;
  /** offset just after the last character */
  end: number;
}

/** The pieces of a line separated by two or more spaces. */
export function chunksOf(line: string): Chunk[] {
  const chunks: Chunk[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) chunks.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return chunks;
}

/** How far (characters) a chunk may start left of its column and still belong to it. */
export const TOLERANCE = 2;
/** How far (characters) text may spill into the next column and stay whole. */
export const SPILL = 4;

/**
 * Column starts from the header chunks, moved left where the body shows a column really starts
 * earlier (a centred header word): a start seen on two or more body lines between the end of
 * the header word before and the header word itself.
 */
export function columnStarts(header: Chunk[], body: string[]): number[] {
  const counts = new Map<number, number>();
  for (const line of body) for (const c of chunksOf(line)) counts.set(c.start, (counts.get(c.start) ?? 0) + 1);
  return header.map((h, k) => {
    if (k === 0) return Math.min(h.start, ...[...counts.keys()].filter((s) => s < h.start && (counts.get(s) ?? 0) >= 2));
    const from = header[k - 1]!.end + 1;
    let best = h.start;
    for (const [s, n] of counts) if (n >= 2 && s > from && s < best) best = s;
    return best;
  });
}

/** The column a chunk starting at `at` belongs to. */
export function columnAt(starts: number[], at: number): number {
  let col = 0;
  for (let k = 0; k < starts.length; k++) if (starts[k]! <= at + TOLERANCE) col = k;
  return col;
}

/**
 * Where a chunk that runs into the next column should be cut: at a single space next to that
 * column's start (text of two columns separated by one space only). -1 when there is none,
 * and the chunk stays whole (text spilling a little across the boundary).
 */
function cutPoint(chunk: Chunk, nextStart: number): number {
  let best = -1;
  for (let p = chunk.start; p < chunk.end; p++) {
    if (chunk.text[p - chunk.start] !== ' ') continue;
    const gap = Math.abs(p + 1 - nextStart);
    if (gap <= TOLERANCE && (best < 0 || gap < Math.abs(best + 1 - nextStart))) best = p;
  }
  return best;
}

/** Split chunks that run well into the next column at a space by that column's start. */
function splitOverruns(chunks: Chunk[], starts: number[]): Chunk[] {
  const out: Chunk[] = [];
  const queue = [...chunks];
  while (queue.length > 0) {
    const c = queue.shift()!;
    const col = columnAt(starts, c.start);
    const next = starts[col + 1];
    if (next == null || c.end <= next + SPILL) {
      out.push(c);
      continue;
    }
    const p = cutPoint(c, next);
    if (p < 0) {
      out.push(c);
      continue;
    }
    const left = c.text.slice(0, p - c.start);
    const right = c.text.slice(p + 1 - c.start);
    out.push({ text: left, start: c.start, end: p });
    queue.unshift({ text: right, start: p + 1, end: c.end });
  }
  return out;
}

/** Cut a line into one text per column (empty where the line has nothing), pieces joined with a space. */
export function cutLine(line: string, starts: number[]): string[] {
  const cells = starts.map(() => '');
  for (const c of splitOverruns(chunksOf(line), starts)) {
    const k = columnAt(starts, c.start);
    cells[k] = cells[k] === '' ? c.text : `${cells[k]} ${c.text}`;
  }
  return cells;
}
