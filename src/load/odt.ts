/**
 * OpenDocument texts (.odt, LibreOffice's own format): the text of content.xml, laid out by
 * officeText.ts. A covered cell (under a cell spanning rows or columns) is read as the cell it is
 * covered by when that cell spans rows (the lead body of several rows), else as an empty cell.
 * Notes and tracked changes (deleted text) are not the document's text.
 */
import { decodeEntities } from '../core/text.js';
import { OfficeText } from './officeText.js';
import { zipEntryText } from './zipEntry.js';

const TAG =
  /<(\/?)(text:p|text:h|text:s|text:tab|text:line-break|text:note|text:tracked-changes|table:table|table:table-row|table:table-cell|table:covered-table-cell)(?=[\s/>])([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;

/** The text of an .odt, lines separated by \n (tables as tab-separated rows, side by side). */
export function odtText(bytes: Uint8Array): string {
  const xml = zipEntryText(bytes, 'content.xml', 'load/odt-invalid', 'OpenDocument text');
  const out = new OfficeText();
  let skipped = 0; // inside a note or the tracked changes
  // per table: the grid columns a cell spanning rows still covers below, by column
  const covering: Map<number, number>[] = [];
  const column: number[] = [];
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (!skipped) out.text(decodeEntities(text));
      continue;
    }
    if (!name) continue;
    const opening = !close;
    if (name === 'text:note' || name === 'text:tracked-changes') {
      if (!selfClose) skipped += opening ? 1 : -1;
      continue;
    }
    if (skipped) continue;
    const num = (attr: string) => Number(new RegExp(`${attr}="(\\d+)"`).exec(attrs!)?.[1] ?? 1);
    switch (name) {
      case 'text:p':
      case 'text:h':
        if (opening) {
          out.startParagraph();
          if (selfClose) out.endParagraph();
        } else out.endParagraph();
        break;
      case 'text:s':
        if (opening) out.text(' '.repeat(Math.min(num('text:c'), 100)));
        break;
      case 'text:tab':
        if (opening) out.tab();
        break;
      case 'text:line-break':
        if (opening) out.lineBreak();
        break;
      case 'table:table':
        if (opening && !selfClose) {
          out.startTable();
          covering.push(new Map());
          column.push(0);
        } else if (!opening) {
          out.endTable();
          covering.pop();
          column.pop();
        }
        break;
      case 'table:table-row':
        if (opening && !selfClose) {
          out.startRow();
          column[column.length - 1] = 0;
        } else if (!opening) out.endRow();
        break;
      case 'table:table-cell': {
        if (!opening) {
          out.endCell();
          break;
        }
        const at = column[column.length - 1] ?? 0;
        const rows = num('table:number-rows-spanned');
        // the columns it spans follow as covered cells of their own (each read as an empty cell)
        out.startCell(1);
        if (rows > 1) covering[covering.length - 1]?.set(at, rows - 1);
        if (selfClose) out.endCell();
        column[column.length - 1] = at + 1;
        break;
      }
      case 'table:covered-table-cell': {
        if (!opening) {
          out.endCell();
          break;
        }
        const at = column[column.length - 1] ?? 0;
        const below = covering[covering.length - 1];
        const left = below?.get(at) ?? 0;
        // covered by a cell above spanning rows: that cell's text; by one to the left: empty
        out.startCell(1, left > 0);
        if (left > 0) below!.set(at, left - 1);
        if (selfClose) out.endCell();
        column[column.length - 1] = at + 1;
        break;
      }
    }
  }
  return out.result();
}
