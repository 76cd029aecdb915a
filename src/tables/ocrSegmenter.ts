/**
 * Tables printed as OCR'd text without tabs: cells scattered line by line with "|" fragments
 * (ruled tables read by a Latin OCR model), or columns printed one block after another.
 * Exact cells are rarely recoverable; what we can get right is where the rows are and in which
 * order. Rows are found by their numbers (Stt anchors, chosen to form a plausible sequence),
 * groups by their roman numerals or capital titles; lines between two anchors are shared out by
 * blank-line blocks when the layout has them, else half and half (OCR prints the number on the
 * middle line of its cell), then moved to where the next row's task text opens (ocrRows.shareGap).
 * Rows and headings whose numbers were lost are looked for between the numbers (ocrRows,
 * ocrHeadings, ocrRepeatedColumns). A row's text goes to `content`, except its deadline when the row
 * names one clearly (ocrDeadline.ts); a diagnostic says so. Hierarchical tables whose Stt numbers
 * the objectives are cut into activity rows instead (ocrActivities.ts).
 * Tables read across (tesseract psm 6: each line holds a line of every cell, the number on the
 * row's first line): a row whose task opens on its number line takes none of the lines above it;
 * group rows whose numeral OCR misread ("|_1 |", "| TII |", "EN") are found from the numbering
 * around them (ocrDamagedGroups.ts); a table whose header was lost is found from its ruled row
 * numbers (ocrHeaderless.ts). Hierarchical tables read across (and tables whose header was lost)
 * print the merged objective and mission cells before the activity on a row's number line: the row
 * opens there when an activity begins on it, and its text starts with the widest verb-opened cell.
 */
import { diagnostic, type Diagnostic } from '../core/diagnostic.js';
import type { RawRow, RawTable, SourceLine } from '../core/lines.js';
import { placeOf } from '../core/lines.js';
import { anchorCandidate, groupLine, isCapsTitle, isTableEnd, type AnchorCandidate } from './ocrLines.js';
import { chooseAnchors } from './anchorChain.js';
import { followsDirectly, groupLetterOf, groupLetterValue, romanValue, sttString, toRoman } from './numbering.js';
import { titleAbove } from './tabSegmenter.js';
import { setKindHint } from './kindHint.js';
import { NEAR_NUMBER, startsTask } from './taskStart.js';
import { findHeaders, headerCells, type Header } from './ocrHeaders.js';
import { groupsFromRowNumbers, groupTitle, resolveGroupNumbers, type GroupItem } from './ocrGroups.js';
import { fillNumberGaps, pullAcrossBreaks, shareGap, splitCentredTail, splitLead, splitLostParent, splitTail, type Body, type TextItem } from './ocrRows.js';
import { fillLostHeadings } from './ocrHeadings.js';
import { splitRepeatedColumns } from './ocrRepeatedColumns.js';
import { deadlineMarks, takeDeadline, type Piece } from './ocrDeadline.js';
import { COLUMN_HEADERS } from '../vocab/columnHeaders.js';
import { activityBodies, activityStart, widestActivityStart, type ActivityBody } from './ocrActivities.js';
import { markDamagedGroups } from './ocrDamagedGroups.js';
import { cellOpening, DEBRIS, followCell } from './ocrThread.js';
import { findHeaderlessTable } from './ocrHeaderless.js';


interface AnchorItem {
  type: 'anchor';
  line: number;
  cand: AnchorCandidate;
}
type Item = GroupItem | AnchorItem | TextItem;

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
        const value = g.lettered ? groupLetterValue(g.numeral!) : romanValue(g.numeral!);
        items.push({ type: 'group', line: i, value, damaged, title, ...(g.lettered ? { lettered: true } : {}) });
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

/** Lines of a table that end with a deadline phrase (OCR breaks many of them): two, and one for every three numbered rows. */
function namesDeadlines(items: Item[], lines: SourceLine[]): boolean {
  const body = items.filter((x) => x.type === 'text' || x.type === 'anchor');
  const pieces = body.map((x) => ({ line: x.line, text: lines[x.line]!.text.replace(/\s*\|\s*/g, ' ').trim() }));
  const rows = body.filter((x) => x.type === 'anchor').length;
  const marks = deadlineMarks(pieces).length;
  return marks >= 2 && marks * 3 >= rows;
}

/** Text after a row number that can open a task cell: a capital letter and a few words before any ruling. */
function opensCell(rest: string): boolean {
  const cell = rest.replace(/^[\s,.;:'"“”‘’|]+/u, '').split('|')[0]!.trim();
  return cell.length >= NEAR_NUMBER && /^\p{Lu}\p{Ll}/u.test(cell);
}

/** Share of numbered rows whose task opens on their number line that makes a table read across. */
const READ_ACROSS_SHARE = 0.6;

/** Most row numbers (three at least) are followed on their line by a task verb opening the task cell. */
function tableReadAcross(anchors: AnchorItem[]): boolean {
  const opening = anchors.filter((a) => startsTask(a.cand.rest, NEAR_NUMBER, 0.8)).length;
  return opening >= 3 && opening >= READ_ACROSS_SHARE * anchors.length;
}

/** A row whose task text opens on a line above its number (its number on the middle line of a centred row). */
function centredRow(b: Body, lines: SourceLine[]): boolean {
  return !!b.centred || b.lines.some((k) => k < b.line && startsTask(lines[k]!.text, NEAR_NUMBER, 0.8));
}


/**
 * A row read line by line across its cells: each line's words up to the first debris or ruling
 * are the task cell's line (none when the line opens with debris); those come first, in order,
 * then the other words.
 */
export function taskColumnFirst(pieces: Piece[]): Piece[] {
  const lead: Piece[] = [];
  const rest: Piece[] = [];
  for (const p of pieces) {
    const words = p.text.split(/\s+/);
    let n = words.findIndex((w) => DEBRIS.test(w));
    if (n < 0) n = words.length;
    if (n > 0) lead.push({ line: p.line, text: words.slice(0, n).join(' ') });
    if (n < words.length) rest.push({ line: p.line, text: words.slice(n).join(' ') });
  }
  return [...lead, ...rest];
}

/**
 * A hierarchical row read line by line across centred cells: the activity opening highest (a task
 * verb starting a cell) is followed down the lines (ocrThread.followCell); its words come first.
 */
function activityThreadFirst(pieces: Piece[]): Piece[] {
  const split = pieces.map((p) => ({ line: p.line, words: p.text.split(/\s+/).filter((w) => w !== '') }));
  const opening = cellOpening(split);
  if (!opening) return pieces;
  const taken = followCell(split, opening.first, opening.start);
  const cell: Piece[] = [];
  const rest: Piece[] = [];
  split.forEach((p, n) => {
    const r = taken[n];
    const mine = r ? p.words.slice(r[0], r[1]) : [];
    const other = r ? [...p.words.slice(0, r[0]), ...p.words.slice(r[1])] : p.words;
    if (mine.length) cell.push({ line: p.line, text: mine.join(' ') });
    if (other.length) rest.push({ line: p.line, text: other.join(' ') });
  });
  return [...cell, ...rest];
}

interface Segment {
  group: GroupItem | null;
  items: Item[];
}

export function segmentOcrTables(lines: SourceLine[], taken: Set<number>): { tables: RawTable[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const headers = findHeaders(lines, taken);
  // a table before the first header (or with none) whose header OCR lost
  const headerless = findHeaderlessTable(lines, taken, headers[0]?.start ?? lines.length);
  if (headerless) {
    headers.unshift(headerless);
    diagnostics.push(diagnostic('warning', 'table/header-lost', 'numbered rows with cell rulings but no header above them: read as a task table with Stt and content only', placeOf(lines[headerless.start]!)));
  }
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
    let items = classify(lines, span.from, span.to, headerLines, used, () => groupsSoFar > 0);
    // page-break markers where a repeated header was
    for (const h of span.headers.slice(1)) items.push({ type: 'break', line: h.start });
    items.sort((a, b) => a.line - b.line);
    items = markDamagedGroups(items, lines);
    groupsSoFar += items.filter((x) => x.type === 'group').length;
    return items;
  });

  groupsFromRowNumbers(tableItems.flat(), (x) => (x as AnchorItem).cand.readings[0]!.path, lines, diagnostics);

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
  // (not when the table opens with a group row of its own, its numeral misread: that is its group I)
  const opensWithGroup = first.find((x) => x.type !== 'blank' && x.type !== 'break')?.type === 'group';
  if (!opensWithGroup && !first.some((x) => x.type === 'group' && x.value === 1)) {
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
  // a table ends where the body resumes, or at a group numeral that cannot follow the ones before;
  // a header after that end starts the next table (plans printed one after another)
  const parts: { span: number; items: Item[]; headerLine: number }[] = [];
  const restartAt = new Set<number>();
  let lastGroup = 0;
  tableItems.forEach((all, t) => {
    let items = all;
    let headerLine = spans[t]!.headers[0]!.start;
    for (;;) {
      let anchors = 0;
      let hadGroups = false;
      let end = items.length;
      for (let k = 0; k < items.length; k++) {
        const x = items[k]!;
        if (x.type === 'anchor') anchors++;
        const endsGroup = x.type === 'group' && x.value != null && !x.damaged
          && ((!hadGroups && lastGroup === 0 && anchors > 0 && x.value !== 1) || x.value <= lastGroup - 1);
        if ((x.type !== 'blank' && x.type !== 'break' && anchors > 0 && isTableEnd(lines[x.line]!.text)) || endsGroup) {
          end = k;
          break;
        }
        if (x.type === 'group') {
          hadGroups = true;
          if (x.value != null) lastGroup = Math.max(lastGroup, x.value);
        }
      }
      parts.push({ span: t, items: items.slice(0, end), headerLine });
      if (end === items.length) break;
      const next = items.findIndex((x, j) => j > end && x.type === 'break');
      if (next < 0) break;
      headerLine = items[next]!.line;
      items = items.slice(next + 1);
      lastGroup = 0;
      restartAt.add(parts.length);
    }
  });

  // group numbers are resolved over each run of tables whose numbering continues
  let run: GroupItem[] = [];
  parts.forEach((part, n) => {
    if (restartAt.has(n)) {
      resolveGroupNumbers(run, 0, lines, diagnostics);
      run = [];
    }
    run.push(...part.items.filter((x): x is GroupItem => x.type === 'group'));
  });
  resolveGroupNumbers(run, 0, lines, diagnostics);

  const tables: RawTable[] = [];
  let prevPath: number[] | null = null;
  parts.forEach(({ span: t, items, headerLine }, n) => {
    const span = spans[t]!;
    if (restartAt.has(n)) prevPath = null;
    // the copy of the header OCR read best (it repeats on every page) names the columns
    const fullest = span.headers.reduce((best, h) => (new Set(h.roles.map((r) => r.role)).size > new Set(best.roles.map((r) => r.role)).size ? h : best));
    const { header, roles } = headerCells(fullest);
    if (fullest.roles.length === 0 && namesDeadlines(items, lines)) {
      // a table whose header was lost, its lines ending with deadlines (the last column) about once a row
      header.push(COLUMN_HEADERS.find((e) => e.role === 'deadline')!.canonical);
      roles.push('deadline');
    }
    const deadlineAt = roles.indexOf('deadline');
    const hierarchical = roles.includes('objective') || roles.includes('mission');
    // cells that may stand before the task on a row's number line: merged objective and mission cells
    const mergedFirst = hierarchical || fullest.roles.length === 0;
    // a table read across (each line holds a line of every cell, the number on the row's first
    // line): most numbered rows open their task on the number line; the others do too, whatever
    // their first word (a verb the vocabulary lacks)
    const readAcross = tableReadAcross(items.filter((x): x is AnchorItem => x.type === 'anchor'));
    const segments: Segment[] = [{ group: null, items: [] }];
    for (const x of items) {
      if (x.type === 'group') segments.push({ group: x, items: [] });
      else segments[segments.length - 1]!.items.push(x);
    }
    // a table whose groups are lettered (A, B …) letters those whose letter OCR lost too
    const lettered = segments.some((sg) => sg.group?.lettered);
    const rows: RawRow[] = [];
    const pages = new Set<number>();
    for (const seg of segments) {
      if (seg.group) {
        rows.push({ cells: [lettered ? groupLetterOf(seg.group.value!) : toRoman(seg.group.value!), seg.group.title ?? '', ...header.slice(2).map(() => '')], place: placeOf(lines[seg.group.line]!) });
        pages.add(lines[seg.group.line]!.page);
      }
      const anchorItems = seg.items.filter((x): x is AnchorItem => x.type === 'anchor');
      const anchorAt = new Map<number, { path: number[]; repaired: boolean }>();
      // rows before each candidate whose numbers were lost (task text opening a line of its own)
      const lostBefore = anchorItems.map((a) => seg.items.filter((x) => x.type === 'text' && x.line < a.line && startsTask(lines[x.line]!.text, 25, 0.8)).length);
      const chosen = chooseAnchors(anchorItems.map((a) => a.cand), prevPath, lostBefore);
      // hierarchical tables whose Stt numbers the objectives (fewer numbers than rows): each activity is a row
      const found = hierarchical
        ? activityBodies(seg.items.filter((x) => x.type === 'text' || x.type === 'anchor').map((x) => x.line), lines)
        : null;
      // (numbers of two levels, 3.1, 3.2 …, number the activities themselves: they cut the rows)
      const numbersActivities = chosen.length >= 2 && chosen.every((c) => c.path.length >= 2);
      const activities = found && found.length > chosen.length && !numbersActivities ? found : null;
      const bodies: (Body & { activityAt?: ActivityBody['activityAt'] })[] = activities ?? [];
      if (activities) {
        for (const b of activities) diagnostics.push(diagnostic('info', 'table/doubtful-row', 'activity row of a hierarchical table cut where its activity or its deadline shows', placeOf(lines[b.line]!)));
      } else {
        const beforeGroup = prevPath;
        chosen.forEach((c) => {
          const a = anchorItems[c.index]!;
          anchorAt.set(a.line, { path: c.path, repaired: c.repaired });
          prevPath = c.path;
        });
        // rows: each anchor takes its line; the lines between anchors are shared out
        let gap: TextItem[] = [];
        let lead: number[] = [];
        for (const x of seg.items) {
          const anchor = x.type === 'anchor' ? anchorAt.get(x.line) : undefined;
          if (anchor) {
            const a = x as AnchorItem;
            const last = bodies[bodies.length - 1];
            // a row read across whose task text opens on its number line ("2_ | Kiện toàn đội ngũ …")
            const opensAtNumber = startsTask(a.cand.rest, NEAR_NUMBER, 0.8);
            if (last) {
              // a heading row ("2. | Đổi mới cơ chế …" before 2.1) holds no more than its title line;
              // a row whose task text opened above its number has the number on its middle line
              const heading = last.stt !== '' && sttString(anchor.path).startsWith(`${last.stt}.`);
              // (numbers missing between the two: fillNumberGaps looks for the lost rows' lines)
              const next = last.stt !== '' && followsDirectly(last.stt.split('.').map(Number), anchor.path);
              const opened = next && (heading || last.lines.some((k) => k < last.line && startsTask(lines[k]!.text, NEAR_NUMBER)));
              // a row opening on its number line: the lines above it are the row before's (its cells'
              // next lines); in a hierarchical table (or one whose header was lost) the objective and
              // mission cells come first on the number line: the row opens there when an activity begins on it
              const opensHere = opensAtNumber || (mergedFirst && activityStart(a.cand.rest) != null) || (readAcross && opensCell(a.cand.rest));
              const [mine, theirs] = opensHere ? [gap.filter((g) => g.type === 'text'), []] : shareGap(gap, lines, opened);
              last.lines.push(...mine.map((m) => m.line));
              lead = theirs.map((m) => m.line);
            } else {
              lead = gap.filter((g) => g.type === 'text').map((g) => g.line);
              // the group's first numbered row opens on its number line: task texts above it are
              // rows whose numbers were lost
              const lost = opensAtNumber ? splitLead(lead, lines, diagnostics, beforeGroup, anchor.path) : [];
              if (lost.length) {
                bodies.push(...lost);
                lead = [];
              }
            }
            bodies.push({ line: a.line, stt: sttString(anchor.path), lines: [...lead, a.line], opensAtNumber: opensAtNumber && lead.length === 0 });
            if (anchor.repaired) {
              diagnostics.push(diagnostic('warning', 'table/number-repaired', `row number read as "${a.cand.token}" taken as ${sttString(anchor.path)}`, placeOf(lines[a.line]!)));
            }
            gap = [];
          } else gap.push(x.type === 'anchor' ? { type: 'text', line: x.line } : (x as TextItem));
        }
        const tail = gap.filter((g) => g.type === 'text').map((g) => g.line);
        if (bodies.length > 0) {
          // numbers go on only in a flat list: in a hierarchy the lost row may be a heading's first child
          const flat = bodies.every((b) => !b.stt.includes('.'));
          let { keep, rows: lost } = splitTail(gap, lines, diagnostics, flat ? bodies[bodies.length - 1]!.stt : '');
          // no page break, nor rulings: a row below the last one in a table whose cells are centred
          if (lost.length === 0 && flat && !gap.some((g) => g.type === 'break')) ({ keep, rows: lost } = splitCentredTail(bodies[bodies.length - 1]!, keep, lines, diagnostics));
          bodies[bodies.length - 1]!.lines.push(...keep);
          bodies.push(...lost);
        }
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
        pullAcrossBreaks(
          bodies,
          new Map(anchorItems.map((a) => [a.line, a.cand.rest])),
          seg.items.filter((x) => x.type === 'break').map((x) => x.line),
          lines,
          diagnostics,
        );
        const parentRow = bodies[0] ? splitLostParent(bodies[0], beforeGroup, new Set(bodies.map((b) => b.stt)), lines, diagnostics) : null;
        if (parentRow) bodies.unshift(parentRow);
        fillNumberGaps(bodies, lines, diagnostics, headerLines);
        fillLostHeadings(bodies, lines, diagnostics);
        splitRepeatedColumns(bodies, lines, diagnostics);
        // rows read across a hierarchical table: the activity first, then the objective and mission
        // text printed before it on the number line
        if (mergedFirst) {
          for (const b of bodies) {
            const rest = anchorAt.has(b.line) ? anchorItems.find((a) => a.line === b.line)!.cand.rest : null;
            const at = rest ? widestActivityStart(rest) : null;
            if (at != null && at > 0) b.activityAt = { line: b.line, at: lines[b.line]!.text.indexOf(rest!) + at };
          }
        }
      }
      for (const b of bodies) {
        const ordered = [...new Set(b.lines)].sort((x, y) => x - y);
        let pieces: Piece[] = ordered
          .map((k) => ({ line: k, text: k === b.line && anchorAt.has(k) ? (anchorItems.find((a) => a.line === k)?.cand.rest ?? '') : lines[k]!.text }))
          .map((p) => ({ ...p, text: p.text.replace(/^\s*["'“”‘’]\s*\|?\s*/, '').replace(/\s*\|\s*/g, ' | ').trim() }))
          .filter((p) => p.text !== '');
        const cells = [b.stt, '', ...header.slice(2).map(() => '')];
        if (deadlineAt >= 0) {
          const got = takeDeadline(pieces);
          if (got && 'found' in got) {
            pieces = got.found.pieces.filter((p) => p.text !== '');
            cells[deadlineAt] = got.found.text;
            diagnostics.push(diagnostic('info', 'table/doubtful-cells', `deadline "${got.found.text}" picked out of this OCR row's text`, placeOf(lines[got.found.line]!)));
          } else if (got) {
            diagnostics.push(diagnostic('warning', 'table/doubtful-cells', `this OCR row names several deadlines (${got.conflict.map((c) => `"${c}"`).join(', ')}): none taken`, placeOf(lines[b.line]!)));
          }
        }
        // cells centred in their rows, the task opening above the row's number: each line holds a
        // line of every cell, the task's first (its column the first after Stt)
        if (!mergedFirst && centredRow(b, lines)) pieces = taskColumnFirst(pieces);
        // the "|" rulings have told the deadline where cells part; they are no text
        pieces = pieces.map((p) => ({ ...p, text: p.text.replace(/\s*\|\s*/g, ' ').trim() })).filter((p) => p.text !== '');
        // the activity's own text first: what comes before it on its line and above are other cells' text
        if (b.activityAt) {
          const { line, at } = b.activityAt;
          const opening = lines[line]!.text.slice(at).replace(/\s*\|\s*/g, ' ').trim().slice(0, 12);
          const k = pieces.findIndex((p) => p.line === line);
          const cut = k >= 0 && opening ? pieces[k]!.text.indexOf(opening) : -1;
          if (cut > 0) {
            const p = pieces[k]!;
            pieces = [{ line, text: p.text.slice(cut) }, ...pieces.slice(k + 1), ...pieces.slice(0, k), { line, text: p.text.slice(0, cut).trim() }];
          } else if (cut === 0) pieces = [...pieces.slice(k), ...pieces.slice(0, k)];
          pieces = pieces.filter((p) => p.text !== '');
        } else if (hierarchical && (b.centred || b.lines.some((k) => k < b.line && cellOpening([{ line: k, words: lines[k]!.text.split(/\s+/).filter((w) => w !== '') }]) != null))) pieces = activityThreadFirst(pieces);
        const text = pieces.map((p) => p.text).join(' ');
        cells[1] = text;
        ordered.forEach((k) => pages.add(lines[k]!.page));
        const startLine = ordered[0] ?? b.line;
        rows.push({ cells, place: placeOf(lines[startLine]!) });
        diagnostics.push(diagnostic('info', 'table/doubtful-cells', 'cells of this OCR row could not be told apart: its text (but a deadline picked out of it) is all in content', placeOf(lines[startLine]!)));
      }
    }
    const first = span.headers.find((h) => h.start === headerLine) ?? span.headers[0]!;
    const blankRatio = items.filter((x) => x.type === 'blank').length / Math.max(1, items.length);
    // words of a header in a sentence, and nothing numbered under them: not a table
    if (!rows.some((r) => r.cells[0] !== '')) {
      diagnostics.push(diagnostic('info', 'table/not-a-table', 'header words without numbered rows under them: not read as a table', placeOf(lines[first.start]!)));
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
