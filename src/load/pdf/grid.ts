/**
 * Tables from ruling lines: merge collinear rules, group touching rules into tables, find the
 * row and column lines, and cut the grid into cells (a missing rule between two grid cells
 * makes them one spanning cell). Works in points; the OCR path hands in rules from page images.
 */
import { isHorizontal, type Box, type Segment } from './geometry.js';

export interface GridCell extends Box {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
}

export interface Grid extends Box {
  /** row lines, top to bottom */
  ys: number[];
  /** column lines, left to right */
  xs: number[];
  cells: GridCell[];
  /** cell index per elementary grid position [row][col] */
  at: number[][];
}

export interface GridOptions {
  /** how close (points) rules must be to count as touching or collinear */
  tolerance?: number;
  /** share of a grid edge a rule must cover to count as a border */
  cover?: number;
}

interface Line {
  pos: number;
  from: number;
  to: number;
}

function mergeLines(lines: Line[], tol: number): Line[] {
  lines.sort((a, b) => a.pos - b.pos || a.from - b.from);
  const rows: Line[][] = [];
  for (const l of lines) {
    const row = rows.find((r) => Math.abs(r[0]!.pos - l.pos) <= tol);
    if (row) row.push(l);
    else rows.push([l]);
  }
  const out: Line[] = [];
  for (const row of rows) {
    const pos = row.reduce((s, l) => s + l.pos, 0) / row.length;
    row.sort((a, b) => a.from - b.from);
    let cur: Line | null = null;
    for (const l of row) {
      if (cur && l.from <= cur.to + tol) cur.to = Math.max(cur.to, l.to);
      else {
        if (cur) out.push(cur);
        cur = { pos, from: l.from, to: l.to };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

function cluster(values: number[], tol: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out[out.length - 1];
    if (last && v - last[last.length - 1]! <= tol) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

function covered(lines: Line[], pos: number, from: number, to: number, tol: number, cover: number): boolean {
  let sum = 0;
  for (const l of lines) {
    if (Math.abs(l.pos - pos) > tol) continue;
    const a = Math.max(l.from, from);
    const b = Math.min(l.to, to);
    if (b > a) sum += b - a;
  }
  return sum >= cover * (to - from);
}

/** Find ruled tables among the segments of one page. */
export function findGrids(segments: Segment[], options: GridOptions = {}): Grid[] {
  const tol = options.tolerance ?? 3;
  const cover = options.cover ?? 0.6;
  const hs = mergeLines(
    segments.filter(isHorizontal).map((s) => ({ pos: (s.y0 + s.y1) / 2, from: s.x0, to: s.x1 })),
    tol,
  ).filter((l) => l.to - l.from > 6);
  const vs = mergeLines(
    segments.filter((s) => !isHorizontal(s)).map((s) => ({ pos: (s.x0 + s.x1) / 2, from: s.y0, to: s.y1 })),
    tol,
  ).filter((l) => l.to - l.from > 6);

  // connected components of touching horizontal and vertical rules
  const n = hs.length + vs.length;
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      const h = hs[i]!;
      const v = vs[j]!;
      if (v.pos >= h.from - tol && v.pos <= h.to + tol && h.pos >= v.from - tol && h.pos <= v.to + tol) {
        parent[find(i)] = find(hs.length + j);
      }
    }
  }
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, { h: [], v: [] });
    const g = groups.get(root)!;
    if (i < hs.length) g.h.push(hs[i]!);
    else g.v.push(vs[i - hs.length]!);
  }

  const grids: Grid[] = [];
  for (const { h, v } of groups.values()) {
    if (h.length < 2 || v.length < 2) continue;
    const grid = buildGrid(h, v, tol, cover);
    if (grid && grid.xs.length >= 3 && grid.ys.length >= 2) grids.push(grid);
  }
  return grids.sort((a, b) => a.y0 - b.y0);
}

function buildGrid(h: Line[], v: Line[], tol: number, cover: number): Grid | null {
  const x0 = Math.min(...h.map((l) => l.from), ...v.map((l) => l.pos));
  const x1 = Math.max(...h.map((l) => l.to), ...v.map((l) => l.pos));
  // past the first and last horizontal rules the grid reaches only as far as its outer (leftmost
  // or rightmost) vertical rules do: a missing top or bottom border leaves them running on, while
  // letter strokes of a heading printed just under the table, joined to its bottom rule by the
  // scan's blur, hang from inner positions only ("B. CHỈ TIÊU" under plan J's task table)
  const left = Math.min(...v.map((l) => l.pos));
  const right = Math.max(...v.map((l) => l.pos));
  const outer = v.filter((l) => l.pos <= left + tol || l.pos >= right - tol);
  const y0 = Math.min(...outer.map((l) => l.from), ...h.map((l) => l.pos));
  const y1 = Math.max(...outer.map((l) => l.to), ...h.map((l) => l.pos));
  // outer borders may be missing: the reach of the other rules stands in for them
  let xs = cluster([...v.map((l) => l.pos), x0, x1], tol * 2);
  let ys = cluster([...h.map((l) => l.pos), y0, y1], tol * 2);
  // a stray short rule (a letter stroke next to a border) that bounds no cell anywhere is no grid line
  const hAll0 = [...h, { pos: y0, from: x0, to: x1 }, { pos: y1, from: x0, to: x1 }];
  const vAll0 = [...v, { pos: x0, from: y0, to: y1 }, { pos: x1, from: y0, to: y1 }];
  xs = xs.filter((x, i) => i === 0 || i === xs.length - 1 || ys.slice(1).some((y, r) => covered(vAll0, x, ys[r]!, y, tol, cover)));
  ys = ys.filter((y, i) => i === 0 || i === ys.length - 1 || xs.slice(1).some((x, c) => covered(hAll0, y, xs[c]!, x, tol, cover)));
  const R = ys.length - 1;
  const C = xs.length - 1;
  if (R < 1 || C < 1) return null;
  const hAll = [...h, { pos: y0, from: x0, to: x1 }, { pos: y1, from: x0, to: x1 }];
  const vAll = [...v, { pos: x0, from: y0, to: y1 }, { pos: x1, from: y0, to: y1 }];

  const parent = Array.from({ length: R * C }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      if (c + 1 < C && !covered(vAll, xs[c + 1]!, ys[r]!, ys[r + 1]!, tol, cover)) join(r * C + c, r * C + c + 1);
      if (r + 1 < R && !covered(hAll, ys[r + 1]!, xs[c]!, xs[c + 1]!, tol, cover)) join(r * C + c, (r + 1) * C + c);
    }
  }
  const byRoot = new Map<number, GridCell>();
  const at: number[][] = Array.from({ length: R }, () => new Array<number>(C).fill(-1));
  const cells: GridCell[] = [];
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const root = find(r * C + c);
      let cell = byRoot.get(root);
      if (!cell) {
        cell = { r0: r, r1: r, c0: c, c1: c, x0: 0, y0: 0, x1: 0, y1: 0 };
        byRoot.set(root, cell);
        cells.push(cell);
      }
      cell.r0 = Math.min(cell.r0, r);
      cell.r1 = Math.max(cell.r1, r);
      cell.c0 = Math.min(cell.c0, c);
      cell.c1 = Math.max(cell.c1, c);
      at[r]![c] = cells.indexOf(cell);
    }
  }
  for (const cell of cells) {
    cell.x0 = xs[cell.c0]!;
    cell.x1 = xs[cell.c1 + 1]!;
    cell.y0 = ys[cell.r0]!;
    cell.y1 = ys[cell.r1 + 1]!;
  }
  return { x0, y0, x1, y1, xs, ys, cells, at };
}
