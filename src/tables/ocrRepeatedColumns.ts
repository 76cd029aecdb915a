/** Two block rows under one row number, parted where their cells repeat. */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { compact } from './fuzzy.js';
import { NEAR_NUMBER, startsTask } from './taskStart.js';
import { blankBlocks, type Body } from './ocrRows.js';
import { siblingAfter } from './numbering.js';

/**
 * Two rows under one number in a table whose cells are printed as blocks one after another
 * (blank lines between them): the lead body, coordinating body … of each row are often the same
 * words ("Phụ trách / KSTTHC"), so a block that repeats one seen earlier in the row is the same
 * column of a following row. That row begins as many blocks before the repeat as the first copy
 * stands after the row's start, when the block there opens a task; it takes the next number.
 */
export function splitRepeatedColumns(bodies: Body[], lines: SourceLine[], diagnostics: Diagnostic[]): void {
  for (let k = 0; k < bodies.length; k++) {
    const body = bodies[k]!;
    if (!body.stt) continue;
    const own = [...new Set(body.lines)].filter((l) => l > body.line).sort((x, y) => x - y);
    const blocks = blankBlocks(own, lines);
    const key = (blk: number[]) => compact(blk.map((l) => lines[l]!.text).join(' '));
    let cut: number | null = null;
    for (let j = 1; j < blocks.length && cut == null; j++) {
      const i = blocks.findIndex((blk, n) => n < j && key(blk).length >= 6 && key(blk) === key(blocks[j]!));
      const start = i >= 0 ? blocks[j - i] : undefined;
      if (i >= 0 && j - i > 0 && start && startsTask(lines[start[0]!]!.text, NEAR_NUMBER)) cut = start[0]!;
    }
    if (cut == null) continue;
    const next = siblingAfter(body.stt.split('.').map(Number), 1);
    const stt = bodies.some((b) => b.stt === next) ? '' : next;
    const from = cut;
    bodies.splice(k + 1, 0, { line: from, stt, lines: body.lines.filter((l) => l >= from) });
    body.lines = body.lines.filter((l) => l < from);
    diagnostics.push(
      stt
        ? diagnostic('warning', 'table/number-inferred', `row number lost; taken as ${stt}, its cells repeating those of ${body.stt}`, placeOf(lines[from]!))
        : diagnostic('warning', 'table/doubtful-row', 'row number lost: row taken from where its cells repeat those of the row above', placeOf(lines[from]!)),
    );
  }
}
