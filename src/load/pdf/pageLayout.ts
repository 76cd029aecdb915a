/** One page's text pieces and rules → table fragments and free lines (text layer and OCR alike). */
import type { Segment, TextPiece } from './geometry.js';
import { findGrids } from './grid.js';
import { fillGrids, type TableFragment } from './fragments.js';
import { findAlignedTables } from './align.js';
import { freeLines, numberLines, type PlacedLine } from './freeLines.js';

export interface PageLayout {
  page: number;
  fragments: TableFragment[];
  lines: PlacedLine[];
  /** line number of each fragment row, parallel to fragments[i].rows */
  rowLines: number[][];
  /** the free lines of a tentative fragment's text, used when it turns out to be no table */
  tentativeLines: Map<TableFragment, PlacedLine[]>;
}

export function layoutPage(pieces: TextPiece[], segments: Segment[], page: number, source: 'pdf' | 'ocr'): PageLayout {
  const grids = findGrids(segments);
  const filled = fillGrids(grids, pieces, page, source === 'pdf' ? 'pdf-grid' : 'ocr-grid');
  const aligned = findAlignedTables(filled.free, page);
  const fragments = [...filled.fragments, ...aligned.fragments].sort((a, b) => a.box.y0 - b.box.y0);
  const lineNo = numberLines(pieces);
  const tentative = new Set(aligned.fragments.flatMap((f) => f.tentative ?? []));
  const lines = freeLines(aligned.free.filter((p) => !tentative.has(p)), page, lineNo);
  const tentativeLines = new Map(aligned.fragments.filter((f) => f.tentative).map((f) => [f, freeLines(f.tentative!, page, lineNo)] as const));
  const rowLines = fragments.map((f) => f.rows.map((r) => (r.anchor ? lineNo.get(r.anchor) ?? 0 : 0)));
  return { page, fragments, lines, rowLines, tentativeLines };
}
