/**
 * Ruling lines from a page's operator list: stroked lines and rectangle outlines, and thin filled
 * rectangles (Chromium and Word draw table borders as fills). Result in top-left page points.
 */
import { apply, multiply, type Segment } from './geometry.js';
import { pdfjs, type PdfPage } from './document.js';

const { OPS } = pdfjs;
const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, closePath: 3 } as const;
/** a filled box thinner than this (points) in one direction is a rule */
const MAX_RULE_THICKNESS = 2.5;
const MIN_RULE_LENGTH = 4;

const STROKES = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
const FILLS = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);

type Point = [number, number];

/** Split pdfjs's flattened path data (DrawOPS codes followed by coordinates) into sub-paths. */
function subpaths(data: ArrayLike<number>, ctm: number[]): Point[][] {
  const paths: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === DRAW.moveTo) {
      if (current.length) paths.push(current);
      current = [apply(ctm, data[i]!, data[i + 1]!)];
      i += 2;
    } else if (op === DRAW.lineTo) {
      current.push(apply(ctm, data[i]!, data[i + 1]!));
      i += 2;
    } else if (op === DRAW.curveTo) {
      current.push(apply(ctm, data[i + 4]!, data[i + 5]!));
      i += 6;
    } else if (op === DRAW.closePath) {
      if (current.length) current.push(current[0]!);
    } else break;
  }
  if (current.length) paths.push(current);
  return paths;
}

function bounds(points: Point[]): Segment {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const [x, y] of points) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  return { x0, y0, x1, y1 };
}

function isRuleBox(b: Segment): boolean {
  const w = b.x1 - b.x0;
  const h = b.y1 - b.y0;
  return (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH) || (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH);
}

/** Straight axis-aligned pieces of a stroked path (each edge of a rectangle outline counts). */
function strokedEdges(path: Point[], half: number): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < path.length; i++) {
    const [ax, ay] = path[i - 1]!;
    const [bx, by] = path[i]!;
    if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) >= MIN_RULE_LENGTH) {
      out.push({ x0: Math.min(ax, bx), x1: Math.max(ax, bx), y0: ay - half, y1: ay + half });
    } else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) >= MIN_RULE_LENGTH) {
      out.push({ x0: ax - half, x1: ax + half, y0: Math.min(ay, by), y1: Math.max(ay, by) });
    }
  }
  return out;
}

export async function pageRules(page: PdfPage): Promise<Segment[]> {
  const viewport = page.getViewport({ scale: 1 });
  const base = viewport.transform as number[];
  const list = await page.getOperatorList();
  const out: Segment[] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  let lineWidth = 1;
  const stack: { ctm: number[]; lineWidth: number }[] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push({ ctm, lineWidth });
    else if (fn === OPS.restore) ({ ctm, lineWidth } = stack.pop() ?? { ctm, lineWidth });
    else if (fn === OPS.transform) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.setLineWidth) lineWidth = args[0] as number;
    else if (fn === OPS.constructPath) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      const full = multiply(base, ctm);
      const paths = subpaths(data, full);
      if (STROKES.has(paint)) {
        const scale = Math.hypot(full[0]!, full[1]!) || 1;
        const half = Math.max((lineWidth * scale) / 2, 0.25);
        for (const p of paths) out.push(...strokedEdges(p, half));
      } else if (FILLS.has(paint)) {
        for (const p of paths) {
          const b = bounds(p);
          if (isRuleBox(b)) out.push(b);
        }
      }
    }
  }
  return out;
}
