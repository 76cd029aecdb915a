/**
 * Tables printed as OCR'd text without tabs: cells scattered line by line with "|" fragments
 * (ruled tables read by a Latin OCR model), or columns printed one block after another.
 * Exact cells are rarely recoverable; what we can get right is where the rows are and in which
 * order. Rows are found by their numbers (Stt anchors, chosen to form a plausible sequence),
 * groups by their roman numerals or capital titles; lines between two anchors are shared out by
 * blank-line blocks when the layout has them, else half and half (OCR prints the number on the
 * middle line of its cell). Every row's text goes to `content`; a diagnostic says so.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { RawRow, RawTable, SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { COLUMN_HEADERS } from '../vocab/columnHeaders.js';
import type { ColumnRole } from '../schema/plan.js';
import { anchorCandidate, groupLine, headerAt, headerFragment, isCapsTitle, isTableEnd, type AnchorCandidate, type HeaderSpan } from './ocrLines.js';
import { chooseAnchors } from './anchorChain.js';
import { romanValue, sttString, successorCost, toRoman } from './numbering.js';
import { compact } from './fuzzy.js';
import { titleAbove } from './tabSegmenter.js';
import { setKindHint } from './kindHint.js';
import { startsTask } from './taskStart.js';

type Kind = 'tasks' | 'indicators';

interface Header extends HeaderSpan {
  kind: Kind;
}

export interface GroupItem {
  type: 'group';
  line: number;
  value: number | null;
  damaged: boolean;
  title: string | null;
}
interface AnchorItem {
  type: 'anchor';
  line: number;
  cand: AnchorCandidate;
}
interface TextItem {
  type: 'text' | 'blank' | 'break';
  line: number;
}
type Item = GroupItem | AnchorItem | TextItem;

/** Indicator tables name a target, or "Chỉ tiêu" as their content column; anything else holds tasks. */
function headerKind(h: HeaderSpan): Kind {
  const keys = new Set(h.roles.map((r) => r.keyword));
  if (h.roles.some((r) => r.role === 'target')) return 'indicators';
  return keys.has(compact('Chỉ tiêu')) && !keys.has(compact('Nội dung')) ? 'indicators' : 'tasks';
}

function headerCells(h: HeaderSpan): { header: string[]; roles: ColumnRole[] } {
  const roles: ColumnRole[] = ['stt', 'content'];
  const kind = headerKind(h);
  for (const hit of h.roles) {
    // a task table's "Đơn vị" is the unit doing the task, not a unit of measure
    if (kind === 'tasks' && (hit.role === 'unit' || hit.role === 'target')) continue;
    if (!roles.includes(hit.role)) roles.push(hit.role);
  }
  if (kind === 'indicators' && !roles.includes('unit')) roles.splice(2, 0, 'unit');
  if (kind === 'indicators' && !roles.includes('target')) roles.splice(3, 0, 'target');
  const name = (role: ColumnRole) => COLUMN_HEADERS.find((e) => e.role === role)?.canonical ?? role;
  return { header: roles.map(name), roles };
}

function findHeaders(lines: SourceLine[], taken: Set<number>): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const h = headerAt(lines, i);
    if (!h) continue;
    let { start, end } = h;
    // header lines printed above or below the main one ("Co quan Co quan Thei gian Két qua")
    for (let k = start - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (lines[k]!.text.trim() === '') continue;
      seen++;
      if (!headerFragment(lines[k]!.text) || headers.some((x) => x.end >= k)) break;
      start = k;
    }
    for (let k = end + 1, seen = 0; k < lines.length && seen < 2; k++) {
      if (lines[k]!.text.trim() === '') continue;
      seen++;
      if (!headerFragment(lines[k]!.text) || anchorCandidate(lines[k]!.text)) break;
      end = k;
    }
    // header cells broken over short lines below it ("thuc hi0", "ph6i hop", "Thad", "gian")
    for (let k = end + 1, seen = 0; k < lines.length && seen < 10; k++) {
      const t = lines[k]!.text.trim();
      if (t === '') continue;
      seen++;
      if (t.length > 12 || anchorCandidate(t) || groupLine(t)) break;
      end = k;
    }
    headers.push({ ...h, start, end, kind: headerKind(h) });
    i = end;
  }
  return headers;
}

/** The title lines after a group numeral or a long group line. */
function groupTitle(lines: SourceLine[], i: number, g: { title: string | null; titleOnNext: boolean }, used: Set<number>): string | null {
  let title = g.title;
  let k = i + 1;
  const next = () => {
    while (k < lines.length && lines[k]!.text.trim() === '') k++;
    return k < lines.length ? lines[k]!.text.trim() : null;
  };
  if (g.titleOnNext) {
    const t = next();
    if (t == null || !isCapsTitle(t)) return null;
    title = t;
    used.add(k++);
  }
  for (let extra = 0; extra < 2 && title; extra++) {
    const t = next();
    if (t == null || groupLine(t) || headerFragment(t)) break;
    // a number that cannot open the group ("23 tháng 6 năm 2022") continues the title
    const cand = anchorCandidate(t);
    if (cand && cand.readings.some((r) => successorCost(null, r.path) != null)) break;
    const capsTitle = isCapsTitle(title);
    const continues = capsTitle
      ? isCapsTitle(t) || (t === t.toUpperCase() && t.length < 40)
      : title.length >= 60 && (/^\p{Ll}/u.test(t) || /[,\-]$/.test(title) || cand != null);
    if (!continues) break;
    title = `${title} ${t}`;
    used.add(k++);
  }
  return title;
}

function classify(lines: SourceLine[], from: number, to: number, skip: Set<number>, used: Set<number>, inGroups: () => boolean): Item[] {
  const items: Item[] = [];
  for (let i = from; i <= to; i++) {
    if (skip.has(i) || used.has(i)) continue;
    const text = lines[i]!.text;
    if (text.trim() === '') {
      items.push({ type: 'blank', line: i });
      continue;
    }
    const g = groupLine(text);
    if (g) {
      const title = groupTitle(lines, i, g, used);
      if (!g.titleOnNext || title) {
        const damaged = g.numeral !== text.trim().replace(/[.:|\s].*$/, '') || /^\S+$/.test(text.trim());
        items.push({ type: 'group', line: i, value: romanValue(g.numeral!), damaged, title });
        continue;
      }
    }
    if (isCapsTitle(text) && (inGroups() || items.some((x) => x.type === 'group'))) {
      const title = groupTitle(lines, i, { title: text.trim(), titleOnNext: false }, used);
      items.push({ type: 'group', line: i, value: null, damaged: true, title });
      continue;
    }
    const cand = anchorCandidate(text);
    items.push(cand ? { type: 'anchor', line: i, cand } : { type: 'text', line: i });
  }
  return items;
}

/** Numbers for groups whose numeral was lost or misread, from their neighbours. */
export function resolveGroupNumbers(groups: GroupItem[], start: number, lines: SourceLine[], diagnostics: Diagnostic[]): void {
  let prev = start;
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i]!;
    if (g.value != null) {
      // a damaged numeral that leaves no room for the numeral-less groups before the next one
      let unknown = 0;
      let j = i + 1;
      while (j < groups.length && groups[j]!.value == null) (unknown++, j++);
      const nextKnown = groups[j]?.value ?? null;
      if (unknown > 0 && nextKnown != null && g.damaged && nextKnown - g.value - 1 < unknown && g.value - 1 > prev) {
        const fixed = Math.max(prev + 1, nextKnown - unknown - 1);
        diagnostics.push(diagnostic('warning', 'table/group-number-repaired', `group numeral read as ${toRoman(g.value)} taken as ${toRoman(fixed)} (groups around it)`, placeOf(lines[g.line]!)));
        g.value = fixed;
      }
      prev = g.value;
      continue;
    }
    g.value = prev + 1;
    prev = g.value;
    diagnostics.push(diagnostic('warning', 'table/group-number-lost', `group without its numeral, taken as ${toRoman(g.value)}`, placeOf(lines[g.line]!)));
  }
}

interface Segment {
  group: GroupItem | null;
  items: Item[];
}

/** Share the lines between two anchors: by blank-line blocks when there are some, else half and half. */
export function splitGap(gap: TextItem[]): [TextItem[], TextItem[]] {
  const brk = gap.findIndex((x) => x.type === 'break');
  if (brk >= 0) {
    const [a, b] = splitGap(gap.slice(brk + 1));
    return [[...gap.slice(0, brk).filter((x) => x.type === 'text'), ...a], b];
  }
  const text = gap.filter((x) => x.type === 'text');
  let boundaries = 0;
  let lastBoundary = -1;
  let seenText = false;
  let pendingBlank = false;
  gap.forEach((x) => {
    if (x.type === 'blank') pendingBlank = true;
    else {
      if (pendingBlank && seenText) {
        boundaries++;
        lastBoundary = text.indexOf(x);
      }
      pendingBlank = false;
      seenText = true;
    }
  });
  const trailingBlank = pendingBlank;
  const doubleSpaced = text.length >= 3 && boundaries >= text.length - 1;
  if (!doubleSpaced && trailingBlank) return [text, []];
  if (!doubleSpaced && boundaries > 0) return [text.slice(0, lastBoundary), text.slice(lastBoundary)];
  const half = Math.ceil(text.length / 2);
  return [text.slice(0, half), text.slice(half)];
}

interface Body {
  line: number;
  stt: string;
  lines: number[];
}

/**
 * Rows whose numbers were lost between two numbered rows ("6" then "9": 7 and 8 are missing):
 * look between them for lines that begin a task text and make rows there, numbered when
 * exactly as many were found as are missing.
 */
export function fillNumberGaps(bodies: Body[], lines: SourceLine[], diagnostics: Diagnostic[], headerLines: Set<number> = new Set()): void {
  for (let k = 0; k + 1 < bodies.length; k++) {
    const a = bodies[k]!;
    const b = bodies[k + 1]!;
    const p = a.stt.split('.').map(Number);
    const q = b.stt.split('.').map(Number);
    if (!a.stt || !b.stt || p.length !== q.length || p.slice(0, -1).join('.') !== q.slice(0, -1).join('.')) continue;
    const missing = q[q.length - 1]! - p[p.length - 1]! - 1;
    if (missing < 1) continue;
    const bFirst = Math.min(...b.lines);
    // the text block right above the next numbered row is that row's own first lines
    let top = b.line;
    while (top - 1 > a.line && lines[top - 1]!.text.trim() !== '' && !headerLines.has(top - 1)) top--;
    const starts = a.lines.filter((l) => l > a.line && l < Math.min(bFirst, top) && startsTask(lines[l]!.text)).slice(0, missing);
    if (starts.length === 0) continue;
    const found: Body[] = starts.map((from, n) => {
      const to = starts[n + 1] ?? bFirst;
      const numbered = starts.length === missing;
      const stt = numbered ? [...p.slice(0, -1), p[p.length - 1]! + n + 1].join('.') : '';
      diagnostics.push(
        numbered
          ? diagnostic('warning', 'table/number-inferred', `row number lost; taken as ${stt} from the numbers around it`, placeOf(lines[from]!))
          : diagnostic('warning', 'table/doubtful-row', 'row number lost: row taken from where its task text begins', placeOf(lines[from]!)),
      );
      return { line: from, stt, lines: a.lines.filter((l) => l >= from && l < to) };
    });
    a.lines = a.lines.filter((l) => l < starts[0]!);
    bodies.splice(k + 1, 0, ...found);
    k += found.length;
  }
}

export function segmentOcrTables(lines: SourceLine[], taken: Set<number>): { tables: RawTable[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const headers = findHeaders(lines, taken);
  if (headers.length === 0) return { tables: [], diagnostics };
  const headerLines = new Set<number>(taken);
  for (const h of headers) for (let k = h.start; k <= h.end; k++) headerLines.add(k);

  // tables: a header of another kind starts a new table, the same kind is the header repeated on a new page
  const spans: { headers: Header[]; from: number; to: number }[] = [];
  for (const h of headers) {
    const cur = spans[spans.length - 1];
    if (cur && cur.headers[0]!.kind === h.kind) cur.headers.push(h);
    else spans.push({ headers: [h], from: h.start, to: lines.length - 1 });
  }
  for (let s = 0; s + 1 < spans.length; s++) spans[s]!.to = spans[s + 1]!.from - 1;

  const used = new Set<number>();
  let groupsSoFar = 0;
  const tableItems = spans.map((span) => {
    const items = classify(lines, span.from, span.to, headerLines, used, () => groupsSoFar > 0);
    // page-break markers where a repeated header was
    for (const h of span.headers.slice(1)) items.push({ type: 'break', line: h.start });
    items.sort((a, b) => a.line - b.line);
    groupsSoFar += items.filter((x) => x.type === 'group').length;
    return items;
  });

  // a group line just before the header of the next table belongs to that table
  for (let s = 0; s + 1 < tableItems.length; s++) {
    const items = tableItems[s]!;
    for (let k = items.length - 1, seen = 0; k >= 0 && seen < 4; k--) {
      if (items[k]!.type === 'blank' || items[k]!.type === 'break') continue;
      seen++;
      if (items[k]!.type === 'group') {
        tableItems[s + 1]!.unshift(...items.splice(k));
        break;
      }
    }
  }
  // a group I printed above the table's title (OCR read order)
  const first = tableItems[0]!;
  if (!first.some((x) => x.type === 'group' && x.value === 1)) {
    for (let i = spans[0]!.from - 1, seen = 0; i >= 0 && seen < 8; i--) {
      if (lines[i]!.text.trim() === '') continue;
      seen++;
      const g = groupLine(lines[i]!.text);
      if (g && g.numeral === 'I' && g.title) {
        const title = groupTitle(lines, i, g, new Set());
        first.unshift({ type: 'group', line: i, value: 1, damaged: false, title });
        diagnostics.push(diagnostic('info', 'table/group-out-of-place', 'group I printed above the table header; taken into the table', placeOf(lines[i]!)));
        break;
      }
    }
  }

  // the table ends where the body resumes, or at a group numeral that cannot follow the ones before
  let lastGroup = 0;
  const cut = tableItems.map((items) => {
    let anchors = 0;
    let hadGroups = false;
    for (let k = 0; k < items.length; k++) {
      const x = items[k]!;
      if (x.type === 'anchor') anchors++;
      const text = lines[x.line]!.text;
      const endsGroup = x.type === 'group' && x.value != null && !x.damaged
        && ((!hadGroups && lastGroup === 0 && anchors > 0 && x.value !== 1) || x.value <= lastGroup - 1);
      if ((x.type !== 'blank' && x.type !== 'break' && anchors > 0 && isTableEnd(text)) || endsGroup) return items.slice(0, k);
      if (x.type === 'group') {
        hadGroups = true;
        if (x.value != null) lastGroup = Math.max(lastGroup, x.value);
      }
    }
    return items;
  });

  const allGroups = cut.flat().filter((x): x is GroupItem => x.type === 'group');
  resolveGroupNumbers(allGroups, 0, lines, diagnostics);

  const tables: RawTable[] = [];
  let prevPath: number[] | null = null;
  cut.forEach((items, t) => {
    const span = spans[t]!;
    const { header } = headerCells(span.headers[0]!);
    const segments: Segment[] = [{ group: null, items: [] }];
    for (const x of items) {
      if (x.type === 'group') segments.push({ group: x, items: [] });
      else segments[segments.length - 1]!.items.push(x);
    }
    const rows: RawRow[] = [];
    const pages = new Set<number>();
    for (const seg of segments) {
      if (seg.group) {
        rows.push({ cells: [toRoman(seg.group.value!), seg.group.title ?? '', ...header.slice(2).map(() => '')], place: placeOf(lines[seg.group.line]!) });
        pages.add(lines[seg.group.line]!.page);
      }
      const anchorItems = seg.items.filter((x): x is AnchorItem => x.type === 'anchor');
      const chosen = chooseAnchors(anchorItems.map((a) => a.cand), prevPath);
      const anchorAt = new Map<number, { path: number[]; repaired: boolean }>();
      chosen.forEach((c) => {
        const a = anchorItems[c.index]!;
        anchorAt.set(a.line, { path: c.path, repaired: c.repaired });
        prevPath = c.path;
      });
      // rows: each anchor takes its line; the lines between anchors are shared out
      const bodies: Body[] = [];
      let gap: TextItem[] = [];
      let lead: number[] = [];
      for (const x of seg.items) {
        const anchor = x.type === 'anchor' ? anchorAt.get(x.line) : undefined;
        if (anchor) {
          const a = x as AnchorItem;
          const last = bodies[bodies.length - 1];
          if (last) {
            const [mine, theirs] = splitGap(gap);
            last.lines.push(...mine.map((m) => m.line));
            lead = theirs.map((m) => m.line);
          } else lead = gap.filter((g) => g.type === 'text').map((g) => g.line);
          bodies.push({ line: a.line, stt: sttString(anchor.path), lines: [...lead, a.line] });
          if (anchor.repaired) {
            diagnostics.push(diagnostic('warning', 'table/number-repaired', `row number read as "${a.cand.token}" taken as ${sttString(anchor.path)}`, placeOf(lines[a.line]!)));
          }
          gap = [];
        } else gap.push(x.type === 'anchor' ? { type: 'text', line: x.line } : (x as TextItem));
      }
      const tail = gap.filter((g) => g.type === 'text').map((g) => g.line);
      if (bodies.length > 0) bodies[bodies.length - 1]!.lines.push(...tail);
      else if (tail.length > 0) {
        // no row numbers at all in this group: rows begin where a task cell begins
        const starts = tail.filter((k, n) => n > 0 && startsTask(lines[k]!.text));
        const cuts = [tail[0]!, ...starts];
        cuts.forEach((from, n) => {
          const to = cuts[n + 1] ?? Infinity;
          bodies.push({ line: from, stt: '', lines: tail.filter((k) => k >= from && k < to) });
          diagnostics.push(diagnostic('warning', 'table/doubtful-row', 'row number lost: row taken from where its task text begins', placeOf(lines[from]!)));
        });
      }
      fillNumberGaps(bodies, lines, diagnostics, headerLines);
      for (const b of bodies) {
        const ordered = [...new Set(b.lines)].sort((x, y) => x - y);
        const text = ordered
          .map((k) => (k === b.line && anchorAt.has(k) ? (anchorItems.find((a) => a.line === k)?.cand.rest ?? '') : lines[k]!.text))
          .map((s) => s.replace(/^\s*["'“”‘’]\s*\|?\s*/, '').replace(/\s*\|\s*/g, ' ').trim())
          .filter((s) => s !== '')
          .join(' ');
        ordered.forEach((k) => pages.add(lines[k]!.page));
        const startLine = ordered[0] ?? b.line;
        rows.push({ cells: [b.stt, text, ...header.slice(2).map(() => '')], place: placeOf(lines[startLine]!) });
        diagnostics.push(diagnostic('info', 'table/doubtful-cells', 'cells of this OCR row could not be told apart: its text is all in content', placeOf(lines[startLine]!)));
      }
    }
    const first = span.headers[0]!;
    const blankRatio = items.filter((x) => x.type === 'blank').length / Math.max(1, items.length);
    // words of a header in a sentence, and nothing numbered under them: not a table
    if (!rows.some((r) => r.cells[0] !== '')) {
      diagnostics.push(diagnostic('info', 'table/not-a-table', 'header words without numbered rows under them: not read as a table', placeOf(lines[span.headers[0]!.start]!)));
      return;
    }
    const table: RawTable = {
      header,
      rows,
      pages: [...pages, lines[first.start]!.page].filter((p, i, a) => a.indexOf(p) === i).sort((a, b) => a - b),
      title: titleAbove(lines, first.start),
      place: placeOf(lines[first.start]!),
      lineRange: [first.start, Math.max(first.end, ...items.map((x) => x.line))],
      layout: blankRatio > 0.25 ? 'column-run' : 'scattered',
    };
    setKindHint(table, first.kind);
    tables.push(table);
  });
  return { tables, diagnostics };
}
