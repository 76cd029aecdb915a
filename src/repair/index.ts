/**
 * Repair stage: every line comes out as correct Vietnamese — legacy encodings converted,
 * marks restored, OCR damage undone (restore.ts) — with `raw` kept as loaded. Tokens the
 * restorer is unsure of become `repair/low-confidence` diagnostics at their place.
 */
import type { Stage } from '../pipeline/stage.js';
import { cleanLine } from '../core/text.js';
import { diagnostic } from '../core/diagnostic.js';
import { defaultRestorer } from './restore.js';

export { restoreText, defaultRestorer, Restorer, type RestoreResult, type RestoredToken } from './restore.js';
export { convertLegacy, decodeLegacyBytes } from './legacy.js';

export const repairStage: Stage = {
  name: 'repair',
  run(file, options) {
    if (options.repair === false) return;
    const texts = file.lines.map((l) => cleanLine(l.text));
    const result = defaultRestorer().restoreLines(texts);
    file.lines.forEach((line, i) => (line.text = result.lines[i]));
    for (const t of result.lowConfidence) {
      const line = file.lines[t.line];
      file.diagnostics.push(
        diagnostic(
          'info',
          'repair/low-confidence',
          `"${t.from}" read as "${t.to}" with confidence ${t.confidence.toFixed(2)}`,
          { page: line.page, line: line.line, column: t.column + 1 },
        ),
      );
    }
    if (result.changed > 0) {
      file.diagnostics.push(diagnostic('info', 'repair/restored', `${result.changed} of ${result.tokens.length} words restored`));
    }
  },
};
