/**
 * Repair stage: every line and every table cell the loaders cut (PDF/OCR grids) comes out as
 * correct Vietnamese — legacy encodings converted, marks restored, OCR damage undone
 * (restore.ts) — with `raw` kept as loaded for lines. Lines and cells are restored in one call,
 * so the document's share of marked syllables is judged over all of its text. Tokens the
 * restorer is unsure of become `repair/low-confidence` diagnostics at their place.
 */
import type { Stage } from '../pipeline/stage.js';
import type { Place } from '../core/diagnostic.js';
import { cleanLine } from '../core/text.js';
import { diagnostic } from '../core/diagnostic.js';
import { defaultRestorer } from './restore.js';
import { modelPairScore, splitRunTogether } from './runTogether.js';
import { defaultModel } from './model.js';

export { restoreText, defaultRestorer, Restorer, type RestoreResult, type RestoredToken } from './restore.js';
export { convertLegacy, decodeLegacyBytes } from './legacy.js';

/** One piece of text to restore: where it goes back, and where a diagnostic about it points. */
interface Target {
  text: string;
  /** goes on from the target before it as one text (true: the second and later lines of a cell),
   * starts a text of its own (false: a cell's first line), or as the layout says (a line) */
  continues: boolean | undefined;
  write: (text: string) => void;
  place: Place;
}

export const repairStage: Stage = {
  name: 'repair',
  run(file, options) {
    if (options.repair === false) return;
    const targets: Target[] = file.lines.map((line) => ({
      text: cleanLine(line.text),
      continues: undefined,
      write: (text) => (line.text = text),
      place: { page: line.page, line: line.line },
    }));
    // cells cut by the PDF/OCR loaders never pass through file.lines: restore them too, one
    // target per line of a cell (read as one text), so that every plan field comes out restored
    const cellTargets = (cells: string[], place: Place) =>
      cells.forEach((cell, c) => {
        const parts = cell.split('\n');
        parts.forEach((part, k) =>
          targets.push({
            text: cleanLine(part),
            continues: k > 0,
            write: (text) => {
              parts[k] = text;
              cells[c] = parts.join('\n');
            },
            place,
          }),
        );
      });
    for (const table of file.rawTables) {
      cellTargets(table.header, table.place);
      for (const row of table.rows) cellTargets(row.cells, row.place);
    }
    // OCR glues neighbouring words together; typed text and text layers keep what they say
    const ocr = file.textSource === 'ocr' || file.textSource === 'mixed';
    const score = ocr ? modelPairScore(defaultModel()) : undefined;
    const texts = targets.map((t) => (ocr ? splitRunTogether(t.text, score) : t.text));
    const result = defaultRestorer().restoreLines(texts, { ocr, continued: targets.map((t) => t.continues) });
    targets.forEach((t, i) => t.write(result.lines[i]!));
    for (const t of result.lowConfidence) {
      const { page, line } = targets[t.line]!.place;
      file.diagnostics.push(
        diagnostic('info', 'repair/low-confidence', `"${t.from}" read as "${t.to}" with confidence ${t.confidence.toFixed(2)}`, {
          page,
          line,
          column: t.column + 1,
        }),
      );
    }
    if (result.changed > 0) {
      file.diagnostics.push(diagnostic('info', 'repair/restored', `${result.changed} of ${result.tokens.length} words restored`));
    }
  },
};
