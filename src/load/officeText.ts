/**
 * Text of a word-processor document (docx.ts, odt.ts walk its XML and call this builder), laid out
 * as the text loader's input is. A paragraph (or a line of it broken by a line break) is a line.
 * A table row is read side by side, as a text layer prints it: line k of the row holds line k of
 * every cell, separated by tabs (so the two-column header reads "UBND TỈNH …⇥CỘNG HÒA …", and an
 * appendix row's later lines, with an empty first cell, continue the row for the tab segmenter).
 * A cell spanning n grid columns is followed by n − 1 empty cells; a cell merged with the one above
 * it repeats that cell's text (the lead body of several rows). A table inside a cell is read into
 * that cell, a row to a line.
 */

interface Cell {
  lines: string[];
  span: number;
  /** merged with the cell above it */
  continues: boolean;
}

interface Table {
  row: Cell[];
  /** lines of each grid column's last cell, for merged cells below it */
  above: Map<number, string[]>;
}

export class OfficeText {
  private readonly lines: string[] = [];
  private readonly tables: Table[] = [];
  private readonly cells: Cell[] = []; // open cells, innermost last
  private para: string | null = null;

  private get cell(): Cell | null {
    return this.cells[this.cells.length - 1] ?? null;
  }

  startParagraph(): void {
    this.endParagraph();
    this.para = '';
  }

  endParagraph(): void {
    if (this.para === null) return;
    const text = this.para.replace(/[ \u00a0]+/g, ' ').trim();
    const cell = this.cell;
    if (cell) {
      if (text !== '') cell.lines.push(text);
    } else this.lines.push(text);
    this.para = null;
  }

  text(t: string): void {
    if (this.para !== null) this.para += t;
  }

  /** a tab: a column gap outside tables, a space inside a cell (whose lines are joined by tabs) */
  tab(): void {
    if (this.para !== null) this.para += this.cell ? ' ' : '\t';
  }

  lineBreak(): void {
    if (this.para === null) return;
    this.endParagraph();
    this.para = '';
  }

  startTable(): void {
    this.endParagraph();
    this.tables.push({ row: [], above: new Map() });
  }

  endTable(): void {
    this.endParagraph();
    this.tables.pop();
  }

  startRow(): void {
    this.tables[this.tables.length - 1]?.row.splice(0);
  }

  startCell(span = 1, continues = false): void {
    this.endParagraph();
    this.cells.push({ lines: [], span: Math.max(1, Math.min(63, span)), continues });
  }

  /** the open cell spans more grid columns, or continues the cell above (read after the cell opened) */
  setCell(change: { span?: number; continues?: boolean }): void {
    const cell = this.cell;
    if (!cell) return;
    if (change.span !== undefined && change.span > 1) cell.span = Math.min(63, change.span);
    if (change.continues !== undefined) cell.continues = change.continues;
  }

  endCell(): void {
    this.endParagraph();
    const done = this.cells.pop();
    if (done) this.tables[this.tables.length - 1]?.row.push(done);
  }

  endRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    const columns: string[][] = [];
    let at = 0;
    for (const c of table.row) {
      const lines = c.continues ? (table.above.get(at) ?? []) : c.lines;
      if (!c.continues) table.above.set(at, lines);
      columns.push(lines);
      for (let k = 1; k < c.span; k++) columns.push([]);
      at += c.span;
    }
    table.row = [];
    const height = Math.max(0, ...columns.map((l) => l.length));
    const rowLines: string[] = [];
    for (let k = 0; k < height; k++) rowLines.push(columns.map((l) => l[k] ?? '').join('\t').replace(/\t+$/, ''));
    const outer = this.cell;
    if (this.tables.length > 1 && outer) for (const l of rowLines) outer.lines.push(l.replace(/\t+/g, ' ').trim());
    else this.lines.push(...rowLines);
  }

  result(): string {
    this.endParagraph();
    return this.lines.join('\n');
  }
}
