/** Shared page geometry, in PDF points with the origin at the top-left of the page (y grows down). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A piece of text with its box: a pdfjs text item or an OCR word. */
export interface TextPiece extends Box {
  text: string;
  /** font name (text layer) or '' (OCR) */
  font: string;
  /** font size / word height in points */
  size: number;
  /** OCR confidence 0–100, absent for the text layer */
  confidence?: number;
}

/** A ruling line, kept as the thin box it covers on the page. */
export type Segment = Box;

export function isHorizontal(s: Segment): boolean {
  return s.x1 - s.x0 >= s.y1 - s.y0;
}

export function centerX(b: Box): number {
  return (b.x0 + b.x1) / 2;
}

export function centerY(b: Box): number {
  return (b.y0 + b.y1) / 2;
}

export function contains(outer: Box, x: number, y: number, slack = 0): boolean {
  return x >= outer.x0 - slack && x <= outer.x1 + slack && y >= outer.y0 - slack && y <= outer.y1 + slack;
}

/** Multiply two affine matrices [a b c d e f] (pdfjs order: m1 then m2 applied as m1 × m2). */
export function multiply(m1: number[], m2: number[]): number[] {
  return [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ];
}

export function apply(m: number[], x: number, y: number): [number, number] {
  return [m[0]! * x + m[2]! * y + m[4]!, m[1]! * x + m[3]! * y + m[5]!];
}
