import type { Place } from './diagnostic.js';

/** A line of the input with where it came from; `raw` keeps the text as loaded, before repair. */
export interface SourceLine {
  text: string;
  raw: string;
  page: number;
  /** 1-based line number in the input (text) or on the page (PDF/OCR) */
  line: number;
}

/** A table row already cut into cells (tab-separated text, PDF geometry, OCR grid, or a text-layout segmenter). */
export interface RawRow {
  cells: string[];
  place: Place;
}

/** A table before column roles are applied: the header cells and the body rows in order. */
export interface RawTable {
  header: string[];
  rows: RawRow[];
  pages: number[];
  title: string | null;
  place: Place;
  /** the lines (indexes into PlanFile.lines) this table consumed, so structure can skip them */
  lineRange?: [number, number];
  /** which segmenter produced it: 'tab', 'scattered', 'column-run', 'pdf-grid', 'ocr-grid', … */
  layout: string;
}

export function placeOf(line: SourceLine): Place {
  return { page: line.page, line: line.line };
}
