/**
 * Word documents (.docx): the text of word/document.xml, laid out as the text loader's input is.
 * A paragraph (or a line of it broken by w:br) is a line. A table row is read side by side, as a text layer prints it: line k of
 * the row holds paragraph k of every cell, separated by tabs (so the two-column header reads
 * "UBND TỈNH …⇥CỘNG HÒA …", and an appendix row's later lines, with an empty first cell, continue
 * the row for the tab segmenter). A cell spanning n grid columns is followed by n − 1 empty cells;
 * a cell merged with the one above it repeats that cell's text (the lead body of several rows).
 * A table inside a cell is read into that cell, a row to a paragraph.
 */
import { unzipSync } from 'fflate';
import { InputError } from './text.js';

const DOCUMENT = 'word/document.xml';

interface Cell {
  paras: string[];
  span: number;
  /** merged with the cell above (w:vMerge without "restart") */
  continues: boolean;
}

interface Table {
  row: Cell[];
  /** paragraphs of each grid column's last cell, for merged cells below it */
  above: Map<number, string[]>;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITY[e] ?? m;
  });
}

/** The XML of the document body, or an InputError naming what is wrong with the file. */
function documentXml(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === DOCUMENT });
  } catch (error) {
    throw new InputError('load/docx-invalid', `not a readable Word document (${(error as Error).message})`);
  }
  const xml = files[DOCUMENT];
  if (!xml) throw new InputError('load/docx-invalid', `not a readable Word document (no ${DOCUMENT})`);
  return new TextDecoder('utf-8').decode(xml);
}

/** The text of a .docx, lines separated by \n (tables as tab-separated rows, side by side). */
export function docxText(bytes: Uint8Array): string {
  const xml = documentXml(bytes);
  const lines: string[] = [];
  const tables: Table[] = [];
  let para: string | null = null;
  let inText = false;
  let cell: Cell | null = null;
  const cells: Cell[] = []; // open cells, innermost last

  const endParagraph = () => {
    if (para === null) return;
    const text = para.replace(/[ \u00a0]+/g, ' ').trim();
    if (cell) cell.paras.push(text);
    else lines.push(text);
    para = null;
  };
  const tag = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:gridSpan|w:vMerge|w:del|w:noBreakHyphen|mc:Fallback)\b([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;
  let deleted = 0;
  let fallback = 0; // inside mc:Fallback: an older program's copy of what mc:Choice already holds (text boxes)
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (inText && !deleted && !fallback && para !== null) para += decodeEntities(text);
      continue;
    }
    if (!name) continue;
    const opening = !close;
    if (name === 'mc:Fallback') {
      if (!selfClose) fallback += opening ? 1 : -1;
      continue;
    }
    if (fallback > 0) continue;
    switch (name) {
      case 'w:del': // tracked deletions are not the document's text
        if (!selfClose) deleted += opening ? 1 : -1;
        break;
      case 'w:p':
        if (opening) {
          endParagraph();
          para = '';
          if (selfClose) endParagraph();
        } else endParagraph();
        break;
      case 'w:t':
        inText = opening && !selfClose;
        break;
      case 'w:noBreakHyphen':
        if (opening && para !== null) para += '-';
        break;
      case 'w:tab':
        if (opening && para !== null) para += cell ? ' ' : '\t';
        break;
      case 'w:br':
      case 'w:cr':
        // a line break starts a new line, in a cell as outside (the cell's lines are zipped side by side)
        if (opening && para !== null) {
          endParagraph();
          para = '';
        }
        break;
      case 'w:tbl':
        if (opening && !selfClose) {
          endParagraph();
          tables.push({ row: [], above: new Map() });
        } else if (!opening) tables.pop();
        break;
      case 'w:tr':
        if (opening && !selfClose) tables[tables.length - 1]?.row.splice(0);
        else if (!opening) emitRow();
        break;
      case 'w:tc':
        if (opening && !selfClose) {
          endParagraph();
          cell = { paras: [], span: 1, continues: false };
          cells.push(cell);
        } else if (!opening) {
          endParagraph();
          const done = cells.pop();
          cell = cells[cells.length - 1] ?? null;
          if (done) tables[tables.length - 1]?.row.push(done);
        }
        break;
      case 'w:gridSpan': {
        const n = Number(/w:val="(\d+)"/.exec(attrs)?.[1] ?? 1);
        if (cell && n > 1 && n < 64) cell.span = n;
        break;
      }
      case 'w:vMerge':
        if (cell && !/w:val="restart"/.test(attrs)) cell.continues = true;
        break;
    }
  }
  endParagraph();

  function emitRow(): void {
    const table = tables[tables.length - 1];
    if (!table) return;
    // grid columns: each cell at its column; merged cells repeat the text above them
    const columns: string[][] = [];
    let at = 0;
    for (const c of table.row) {
      const paras = c.continues ? table.above.get(at) ?? [] : c.paras.filter((p) => p !== '');
      if (!c.continues) table.above.set(at, paras);
      columns.push(paras);
      for (let k = 1; k < c.span; k++) columns.push([]);
      at += c.span;
    }
    table.row = [];
    const rowLines: string[] = [];
    const height = Math.max(0, ...columns.map((p) => p.length));
    for (let k = 0; k < height; k++) rowLines.push(columns.map((p) => p[k] ?? '').join('\t').replace(/\t+$/, ''));
    if (tables.length > 1) {
      // a table inside a cell: its rows are paragraphs of that cell
      for (const l of rowLines) cell?.paras.push(l.replace(/\t+/g, ' ').trim());
    } else lines.push(...rowLines);
  }

  return lines.join('\n');
}
