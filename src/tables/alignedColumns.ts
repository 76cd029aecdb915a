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
export const TOLERANCE = 3;
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

/** How far (characters) pdftotext may print a column's text left of where the column starts. */
export const DRIFT = 5;

/** A cell's first line starts with a capital, a digit or a dash. */
const CELL_START = /^[\p{Lu}\d\-+•]/u;

/**
 * Where a chunk that runs into the next column should be cut: at a single space (text of two
 * columns one space apart) near the next column's start (pdftotext prints text up to a few
 * characters off its column), preferring a word that can start a cell; -1 when there is none,
 * and the chunk stays whole.
 */
function cutPoint(chunk: Chunk, nextStart: number): number {
  let best = -1;
  let bestScore = Infinity;
  for (let p = chunk.start; p < chunk.end; p++) {
    if (chunk.text[p - chunk.start] !== ' ') continue;
    const at = p + 1;
    if (at < nextStart - DRIFT || at > nextStart + TOLERANCE) continue;
    // text is printed left of its column more often than right of it
    const off = at - nextStart;
    const score = (off < 0 ? -off / 2 : off) + (CELL_START.test(chunk.text.slice(at - chunk.start)) ? 0 : 10);
    if (score < bestScore) (best = p), (bestScore = score);
  }
  return best;
}

/**
 * The column of a piece: where it starts, or the next column when it starts a little left of
 * that (pdftotext drift) and reaches well into it.
 */
function placeChunk(starts: number[], c: Chunk): number {
  const col = columnAt(starts, c.start);
  const next = starts[col + 1];
  return next != null && c.start >= next - DRIFT && c.end > next + SPILL ? col + 1 : col;
}

/** A piece of a line and the column it goes to. */
interface Placed extends Chunk {
  col: number;
}

/** Split chunks that run well into the next column at a space by that column's start. */
function splitOverruns(chunks: Chunk[], starts: number[]): Placed[] {
  const out: Placed[] = [];
  const queue: Placed[] = chunks.map((c) => ({ ...c, col: placeChunk(starts, c) }));
  while (queue.length > 0) {
    const c = queue.shift()!;
    const next = starts[c.col + 1];
    const p = next == null || c.end <= next + SPILL ? -1 : cutPoint(c, next);
    if (p < 0) {
      out.push(c);
      continue;
    }
    out.push({ text: c.text.slice(0, p - c.start), start: c.start, end: p, col: c.col });
    // the rest starts the next column, even when printed a little left of it
    queue.unshift({ text: c.text.slice(p + 1 - c.start), start: p + 1, end: c.end, col: c.col + 1 });
  }
  return out;
}

/** Cut a line into one text per column (empty where the line has nothing), pieces joined with a space. */
export function cutLine(line: string, starts: number[]): string[] {
  const cells = starts.map(() => '');
  for (const c of splitOverruns(chunksOf(line), starts)) {
    cells[c.col] = cells[c.col] === '' ? c.text : `${cells[c.col]} ${c.text}`;
  }
  return cells;
}
