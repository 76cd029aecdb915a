/**
 * Tables without rules: a run of lines whose pieces stand in three or more columns separated by
 * vertical rivers of white space. Columns come from the rivers of the many-column lines; a new
 * row starts where the first column has text; the lines above the first numbered row are the header.
 */
import type { TextPiece } from './geometry.js';
import type { FragmentRow, TableFragment } from './fragments.js';
import { cellText, groupLines, splitByGap, type VisualLine } from './visualLines.js';

const NUMBERED = /^(\d+(\.\d+)*\.?|[IVXLC]+\.?|[a-zđ]\))$/i;

interface Run {
  lines: VisualLine[];
  parts: TextPiece[][][];
}

function partsOf(line: VisualLine): TextPiece[][] {
  return splitByGap(line.pieces, Math.max(0.6 * line.size, 5));
}

/** Column intervals: x ranges covered by parts of the many-column lines, split at white rivers. */
function columnsOf(run: Run): [number, number][] {
  const spans: [number, number][] = [];
  run.parts.forEach((ps) => {
    if (ps.length >= 3) for (const p of ps) spans.push([Math.min(...p.map((q) => q.x0)), Math.max(...p.map((q) => q.x1))]);
  });
  spans.sort((a, b) => a[0] - b[0]);
  const cols: [number, number][] = [];
  for (const [a, b] of spans) {
    const last = cols[cols.length - 1];
    if (last && a <= last[1] + 2) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  return cols;
}

export function findAlignedTables(free: TextPiece[], page: number): { fragments: TableFragment[]; free: TextPiece[] } {
  const lines = groupLines(free);
  const used = new Set<TextPiece>();
  const fragments: TableFragment[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (partsOf(lines[i]!).length < 3) continue;
    const run: Run = { lines: [lines[i]!], parts: [partsOf(lines[i]!)] };
    let cols = columnsOf(run);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const prev = lines[j - 1]!;
      const line = lines[j]!;
      if (line.y0 - prev.y1 > 1.6 * (prev.y1 - prev.y0)) break;
      const ps = partsOf(line);
      const width = cols[cols.length - 1]![1] - cols[0]![0];
      const fits = ps.every((p) => {
        const x0 = p[0]!.x0;
        const x1 = Math.max(...p.map((q) => q.x1));
        return x0 >= cols[0]![0] - 4 && x1 - x0 < 0.75 * width;
      });
      if (!fits) break;
      run.lines.push(line);
      run.parts.push(ps);
      cols = columnsOf(run);
    }
    const many = run.parts.filter((ps) => ps.length >= 3).length;
    if (cols.length < 3 || many < 3) continue;
    fragments.push(toFragment(run, cols, page));
    for (const l of run.lines) for (const p of l.pieces) used.add(p);
    i = j - 1;
  }
  return { fragments, free: free.filter((p) => !used.has(p)) };
}

function toFragment(run: Run, cols: [number, number][], page: number): TableFragment {
  const colOf = (p: TextPiece[]): number => {
    const x = p[0]!.x0;
    let best = 0;
    for (let c = 0; c < cols.length; c++) if (x >= cols[c]![0] - 3) best = c;
    return best;
  };
  const firstNumbered = run.parts.findIndex((ps) => ps.length > 0 && colOf(ps[0]!) === 0 && NUMBERED.test(cellText(ps[0]!)));
  type Acc = { pieces: TextPiece[][]; y: number; anchor: TextPiece | null };
  const rows: Acc[] = [];
  run.parts.forEach((ps, li) => {
    const startsRow = rows.length === 0 || (li >= firstNumbered && firstNumbered >= 0 && ps.some((p) => colOf(p) === 0)) || li === firstNumbered;
    if (startsRow) rows.push({ pieces: cols.map(() => []), y: run.lines[li]!.y0, anchor: run.lines[li]!.pieces[0] ?? null });
    const row = rows[rows.length - 1]!;
    for (const p of ps) row.pieces[colOf(p)]!.push(...p);
  });
  const out: FragmentRow[] = rows.map((r) => ({ cells: r.pieces.map((ps) => cellText(ps)), y: r.y, anchor: r.anchor }));
  const xs = [...cols.map((c) => c[0]), cols[cols.length - 1]![1]];
  const box = { x0: xs[0]!, x1: xs[xs.length - 1]!, y0: run.lines[0]!.y0, y1: run.lines[run.lines.length - 1]!.y1 };
  return { page, box, xs, rows: out, headerDepth: firstNumbered > 0 ? 1 : 0, layout: 'pdf-align' };
}
