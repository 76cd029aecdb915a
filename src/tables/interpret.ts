/**
 * The interpreter: a RawTable (header cells + rows of cells, from any segmenter or loader)
 * becomes task or indicator drafts. Column roles come from the header cells; group rows
 * (roman numeral + title) set the group; heading rows over sub-rows are marked; objective and
 * mission cells of hierarchical tables are carried down.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { RawRow, RawTable } from '../core/lines.js';
import type { IndicatorDraft, TaskDraft } from '../pipeline/planFile.js';
import type { ColumnRole, Group, TableInfo } from '../schema/plan.js';
import { cellText } from './cellText.js';
import { rolesOfHeader } from './columnRoles.js';
import { groupNumber, parseStt, romanNumeral } from './numbering.js';
import { compact } from './fuzzy.js';
import { fillMergedCells, TEXT_LAYOUTS } from './mergedCells.js';

export type TableKind = TableInfo['kind'];

export interface Interpreted {
  info: TableInfo;
  tasks: TaskDraft[];
  indicators: IndicatorDraft[];
  diagnostics: Diagnostic[];
}

/** tasks when the header names who does what; indicators when it names a unit or a target. */
export function tableKind(roles: ColumnRole[]): TableKind {
  if (roles.includes('unit') || roles.includes('target')) return 'indicators';
  const taskRoles = roles.filter((r) => r === 'content' || r === 'lead' || r === 'deadline' || r === 'output' || r === 'coordinating');
  return taskRoles.length >= 2 ? 'tasks' : 'other';
}

interface Row {
  raw: RawRow;
  cells: (string | null)[];
  stt: string | null;
  group: Group | null;
  isGroup: boolean;
  /** a repeated header or column-number row was skipped right above it */
  afterBreak: boolean;
}

/**
 * A row with no number at the top of a new page whose content opens in lower case is the rest of
 * the numbered row above, cut by the page break.
 */
function continuesAcrossPage(previous: Row, raw: RawRow, content: string | null): boolean {
  const above = previous.raw.place.page;
  const here = raw.place.page;
  return previous.stt !== null && above != null && here != null && here > above && !!content && /^\p{Ll}/u.test(content);
}

/**
 * A row that only carries a roman numeral and a title across the table, or a capital letter
 * ("A.", "B") and a title: groups lettered A, B, C … instead of numbered I, II, III.
 */
export function groupOfRow(cells: (string | null)[], sttIndex: number): Group | null {
  const others = cells.filter((c, k) => k !== sttIndex && c != null);
  if (others.length > 1) return null;
  const numeral = groupNumber(cells[sttIndex] ?? '');
  if (!numeral) return null;
  if (!romanNumeral(numeral) && !others[0]) return null;
  return { number: numeral, title: others[0] ?? null };
}

/** "1 2 3 4 5" or "(1) (2) (3) …" under a header: it numbers the columns, not a row. */
export function isColumnNumberRow(cells: (string | null)[]): boolean {
  if (cells.length < 3) return false;
  return cells.every((c, k) => c != null && c.replace(/[()]/g, '') === String(k + 1));
}

/** A row heads sub-rows when the next numbered row in its group extends its number ("1" → "1.1"). */
export function isHeadingRow(stt: string | null, nextStt: string | null): boolean {
  if (!stt || !nextStt) return false;
  const a = parseStt(stt);
  const b = parseStt(nextStt);
  return !!a && !!b && b.length > a.length && a.every((n, i) => b[i] === n);
}

function firstIndex(roles: ColumnRole[], role: ColumnRole): number {
  return roles.indexOf(role);
}

export interface InterpretOptions {
  kind?: TableKind;
  roles?: ColumnRole[];
  /** ids already given in this document (per kind), so that ids stay unique across tables */
  usedIds?: { tasks: Map<string, number>; indicators: Map<string, number> };
}

export function interpretTable(table: RawTable, options: InterpretOptions = {}): Interpreted {
  const roles = options.roles ?? rolesOfHeader(table.header);
  const kind = options.kind ?? tableKind(roles);
  const diagnostics: Diagnostic[] = [];
  let sttIndex = firstIndex(roles, 'stt');
  if (sttIndex < 0) sttIndex = 0;
  const contentIndex = firstIndex(roles, 'content');

  // pass 1: groups and stt
  const rows: Row[] = [];
  let group: Group | null = null;
  const headerKey = table.header.map((h) => compact(h)).join('|');
  let afterBreak = false;
  for (const raw of table.rows) {
    const cells = raw.cells.map((c) => cellText(c));
    // the header repeated on a new page, or the row numbering the columns ("1 2 3 4 5", "(1) (2) …")
    if (raw.cells.map((c) => compact(c)).join('|') === headerKey || isColumnNumberRow(cells)) {
      afterBreak = true;
      continue;
    }
    const g = groupOfRow(cells, sttIndex);
    if (g) {
      group = g;
      rows.push({ raw, cells, stt: null, group: g, isGroup: true, afterBreak });
      afterBreak = false;
      continue;
    }
    const sttRaw = cells[sttIndex] ?? null;
    const stt = sttRaw ? (parseStt(sttRaw) ? sttRaw.replace(/\.$/, '') : sttRaw) : null;
    const previous = rows[rows.length - 1];
    if (!stt && previous && !previous.isGroup && continuesAcrossPage(previous, raw, cells[contentIndex] ?? null)) {
      // the rest of the row above, cut by the page break: its cells go on
      previous.cells = previous.cells.map((c, k) => (cells[k] ? (c ? `${c} ${cells[k]}` : cells[k]!) : c));
      continue;
    }
    rows.push({ raw, cells, stt, group, isGroup: false, afterBreak });
    afterBreak = false;
  }

  // a row heads sub-rows when the next row of its group extends its number ("1" → "1.1")
  const headingAt = rows.map((row, r) => {
    if (row.isGroup) return false;
    const next = rows.slice(r + 1).find((x) => !x.isGroup);
    return next != null && next.group === row.group && isHeadingRow(row.stt, next.stt);
  });

  // cells merged over rows, printed once in a text layout: lead and deadline go on down
  if (kind !== 'other' && TEXT_LAYOUTS.has(table.layout)) {
    // (the rows share their cells arrays with these views, so the fills land in rows)
    const mergeRows = rows.map((row, r) => ({ ...row, place: row.raw.place, heading: headingAt[r]! }));
    diagnostics.push(...fillMergedCells(mergeRows, roles, table.header, kind === 'indicators' ? ['lead'] : ['lead', 'deadline']));
  }

  const tasks: TaskDraft[] = [];
  const indicators: IndicatorDraft[] = [];
  const used = options.usedIds?.[kind === 'indicators' ? 'indicators' : 'tasks'] ?? new Map<string, number>();
  let objective: string | null = null;
  let mission: string | null = null;
  let lastGroup: Group | null = null;
  let unnumbered = 0;
  const cell = (row: Row, role: ColumnRole): string | null => {
    const k = firstIndex(roles, role);
    return k < 0 ? null : (row.cells[k] ?? null);
  };

  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.isGroup) continue;
    if (row.group !== lastGroup) {
      objective = null;
      mission = null;
      lastGroup = row.group;
      unnumbered = 0;
    }
    const heading = headingAt[r]!;

    let idBase: string;
    if (row.stt) idBase = row.group ? `${row.group.number}.${row.stt}` : row.stt;
    else {
      unnumbered++;
      idBase = `${row.group ? `${row.group.number}.` : ''}r${unnumbered}`;
      // text-layout segmenters say themselves why a row has no number
      if (table.layout !== 'scattered' && table.layout !== 'column-run') {
        diagnostics.push(diagnostic('warning', 'table/no-number', 'table row without a number (Stt)', row.raw.place));
      }
    }
    let id = idBase;
    const seen = used.get(idBase) ?? 0;
    if (seen > 0) {
      id = `${idBase}-${seen + 1}`;
      diagnostics.push(diagnostic('warning', 'table/duplicate-id', `row number ${idBase} occurs more than once; this one is ${id}`, row.raw.place));
    }
    used.set(idBase, seen + 1);

    const extra: Record<string, string> = {};
    roles.forEach((role, k) => {
      const value = row.cells[k];
      if (role === 'other' && value != null) extra[cellText(table.header[k]) ?? `column ${k + 1}`] = value;
    });

    if (kind === 'indicators') {
      indicators.push({
        id, stt: row.stt, group: row.group,
        name: cell(row, 'content'), unit: cell(row, 'unit'), targetText: cell(row, 'target'),
        lead: cell(row, 'lead'), coordinating: cell(row, 'coordinating'), note: cell(row, 'note'),
        extra, place: row.raw.place,
      });
    } else {
      objective = cell(row, 'objective') ?? objective;
      mission = cell(row, 'mission') ?? mission;
      tasks.push({
        id, stt: row.stt, group: row.group, objective, mission,
        content: cell(row, 'content'), lead: cell(row, 'lead'), coordinating: cell(row, 'coordinating'),
        deadlineText: cell(row, 'deadline'), output: cell(row, 'output'), note: cell(row, 'note'),
        extra, place: row.raw.place, heading,
      });
    }
  }

  const info: TableInfo = {
    kind,
    title: cellText(table.title),
    columns: table.header.map((header, k) => ({ header: cellText(header) ?? '', role: roles[k] ?? 'other' })),
    rowCount: kind === 'indicators' ? indicators.length : tasks.length,
    pages: table.pages,
    layout: table.layout,
  };
  if (kind === 'other') return { info, tasks: [], indicators: [], diagnostics };
  return { info, tasks, indicators, diagnostics };
}
