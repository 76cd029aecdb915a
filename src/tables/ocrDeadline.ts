/**
 * The deadline of an OCR row whose cells could not be told apart: found in the row's text with the
 * phrase machinery of the normalize stage (src/normalize/phrases.ts, the deadline phrase table) and
 * taken out of the content. Conservative: only readings that cannot be ordinary content words count
 * ("Thường xuyên", "Quý I năm 2024", "Tháng 3/2024", "Trước ngày 15/02/2025", "Hằng tháng",
 * "Khi có phát sinh"); a bare year, a document's date ("ngày 08/01/2026"), a single "theo …" do not.
 * A row naming two different deadlines (text of a neighbour row mixed in) keeps none.
 */
import { parseDeadline, deadlineCodes } from '../normalize/deadline.js';
import { compilePhrases, matchPhraseAt, tokenize, type Token } from '../normalize/phrases.js';
import { DEADLINE_PHRASES, type DeadlineConcept } from '../vocab/deadlinePhrases.js';
import { startsTask } from './taskStart.js';

const PHRASES = compilePhrases(DEADLINE_PHRASES);
const QUARTER_NUMERAL = /^(i{1,3}|iv|[1l]v?)$/;
const DANGLING = /(?:TO|FROM|BEFORE)(?: ?(?:DAY|MONTH|QUARTER|YEAR))?[\s\W]*$/;
/** How far into a line the task cell that opens it reaches at least: the deadline column lies beyond. */
const CONTENT_REACH = 40;
const JOINERS = new Set(['/', '.', '-', ',', '–', '(', ')']);

/** A piece of a row's text: one source line's share of it. */
export interface Piece {
  line: number;
  text: string;
}

export interface DeadlineFound {
  /** the deadline as printed */
  text: string;
  /** the pieces with the deadline's words taken out */
  pieces: Piece[];
  /** the line the deadline (its first word) is on */
  line: number;
}

interface Span {
  piece: number;
  start: number;
  end: number;
}

interface Candidate {
  spans: Span[];
  text: string;
  key: string;
}

function conceptAt(tokens: Token[], i: number): { value: DeadlineConcept; length: number } | null {
  const t = tokens[i]!;
  if (t.kind !== 'word') return null;
  const m = matchPhraseAt(tokens, i, PHRASES);
  return m && m.value !== 'WORD' ? m : null;
}

/** Whether a run of deadline words reads as a deadline no content sentence would print. */
function strongReading(text: string, alone = false): string | null {
  const codes = deadlineCodes(text);
  const d = parseDeadline(text, null);
  const words = tokenize(text).filter((t) => t.kind === 'word').length;
  const count = (c: string) => codes.split(/[^A-Z]+/).filter((x) => x === c).length;
  let ok = false;
  switch (d.kind) {
    case 'recurring':
      ok = /EACH|PERIODIC/.test(codes);
      break;
    case 'continuous':
      // "Thường xuyên" in full and nothing else (the one-word entries are for a phrase broken over lines)
      ok = words >= 2 && codes.replace(/CONTINUOUS/g, '').trim() === '';
      break;
    case 'quarter':
    case 'half-year':
      ok = true;
      break;
    case 'month':
      ok = /MONTH|END/.test(codes);
      break;
    case 'date':
      ok = /BEFORE/.test(codes);
      break;
    case 'event':
      // "Khi có phát sinh" as a cell of its own: in a sentence, "theo yêu cầu của …" is content
      ok = count('EVENT') >= 2 && alone;
      break;
    default:
      ok = false;
  }
  if (!ok) return null;
  return JSON.stringify([d.kind, d.from, d.to, d.recurrence]);
}

/** Runs of deadline words (with their numbers and numerals) in one piece. */
function runsIn(text: string): { start: number; end: number; words: number; concept: DeadlineConcept }[] {
  const tokens = tokenize(text);
  const runs: { start: number; end: number; words: number; concept: DeadlineConcept }[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = conceptAt(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    let last = i + m.length - 1;
    let prev = m.value;
    let words = m.length;
    let j = last + 1;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (t.kind === 'number') {
        last = j++;
        prev = 'WORD';
        continue;
      }
      if (t.kind === 'punct') {
        if (!JOINERS.has(t.key)) break;
        j++;
        continue;
      }
      const mm = conceptAt(tokens, j);
      if (mm) {
        last = j + mm.length - 1;
        words += mm.length;
        prev = mm.value;
        j = last + 1;
        continue;
      }
      if (prev === 'QUARTER' && QUARTER_NUMERAL.test(t.key)) {
        last = j++;
        prev = 'WORD';
        continue;
      }
      // one filler word inside an event phrase ("khi có phát sinh")
      if (prev === 'EVENT' && j + 1 < tokens.length && conceptAt(tokens, j + 1)?.value === 'EVENT') {
        j++;
        continue;
      }
      break;
    }
    // a count right before the first word belongs to it ("6 tháng đầu năm")
    const before = tokens[i - 1];
    const first = before && before.kind === 'number' && /^\d{1,2}$/.test(before.key) ? before : tokens[i]!;
    runs.push({ start: first.start, end: tokens[last]!.end, words, concept: m.value });
    i = last + 1;
  }
  return runs;
}

/** Lone "Thường" … "xuyên" a line or two apart: the deadline cell printed on two lines. */
function brokenContinuous(pieces: Piece[], taken: Set<string>, keep: (piece: number, end: number) => boolean): Candidate[] {
  const lone: { piece: number; start: number; end: number; word: string }[] = [];
  pieces.forEach((p, k) => {
    const tokens = tokenize(p.text);
    tokens.forEach((t, i) => {
      const m = conceptAt(tokens, i);
      if (m?.value !== 'CONTINUOUS' || m.length !== 1) return;
      if (taken.has(`${k}:${t.start}`) || !keep(k, t.end)) return;
      lone.push({ piece: k, start: t.start, end: t.end, word: t.key });
    });
  });
  const out: Candidate[] = [];
  const paired = new Set<(typeof lone)[number]>();
  for (const b of lone.filter((x) => x.word.startsWith('x'))) {
    // the cell's lines can be a blank line or two apart
    const a = [...lone].reverse().find((x) => !paired.has(x) && x.word.startsWith('th') && x.piece < b.piece && pieces[b.piece]!.line - pieces[x.piece]!.line <= 3);
    if (!a) continue;
    paired.add(a);
    const text = `${pieces[a.piece]!.text.slice(a.start, a.end)} ${pieces[b.piece]!.text.slice(b.start, b.end)}`;
    const key = strongReading(text);
    if (key) out.push({ spans: [{ piece: a.piece, start: a.start, end: a.end }, { piece: b.piece, start: b.start, end: b.end }], text, key });
  }
  return out;
}

/** The shortest part of a run that reads the same: words OCR only made look like deadline words drop off its ends. */
function trimmed(text: string, start: number, end: number, alone: boolean): { start: number; end: number; key: string } | null {
  const read = (a: number, b: number) => strongReading(text.slice(a, b).replace(/[\s,(–-]+$/, ''), alone);
  // "Từ tháng 4 đến tháng" and the rest lost: a range cut short is no deadline
  if (DANGLING.test(deadlineCodes(text.slice(start, end)))) return null;
  const key = read(start, end);
  if (!key) return null;
  let tokens = tokenize(text.slice(start, end)).map((t) => ({ start: start + t.start, end: start + t.end }));
  while (tokens.length > 1 && read(tokens[1]!.start, end) === key) {
    tokens = tokens.slice(1);
    start = tokens[0]!.start;
  }
  while (tokens.length > 1 && read(start, tokens[tokens.length - 2]!.end) === key) {
    tokens = tokens.slice(0, -1);
    end = tokens[tokens.length - 1]!.end;
  }
  const clean = text.slice(start, end).replace(/[\s,(–-]+$/, '');
  return { start, end: start + clean.length, key };
}

const DATE_AT_END = /(?<![\d/])\d{1,2} ?\/ ?\d{1,2} ?\/ ?\d{4}(?=[\s\W]*$)/u;

/** "Trước ngày" ending a line and the date ending one of the next lines: the deadline cell printed on two lines. */
function brokenDate(pieces: Piece[], k: number, start: number, end: number): Candidate | null {
  const p = pieces[k]!;
  const head = p.text.slice(start, end);
  if (!endsLine(p.text, end) || !/BEFORE/.test(deadlineCodes(head))) return null;
  for (let j = k + 1; j < pieces.length && pieces[j]!.line - p.line <= 3; j++) {
    const m = DATE_AT_END.exec(pieces[j]!.text);
    if (!m) continue;
    const text = `${head} ${m[0]}`;
    const key = strongReading(text);
    return key ? { spans: [{ piece: k, start, end }, { piece: j, start: m.index, end: m.index + m[0].length }], text, key } : null;
  }
  return null;
}

/**
 * A deadline ending a line whose cell goes on at the end of the next line or two ("Quý II năm" …
 * "2025", "6 tháng đầu" … "năm 2025", "Tháng" … "5/2025"): the last words there complete it when
 * they make it read as more than it did (a year, a month the head lacked).
 */
function brokenTail(pieces: Piece[], k: number, start: number, end: number, headKey: string | null): Candidate | null {
  const p = pieces[k]!;
  // the run and a word or two the phrase table does not know alone ("Khi có phát" … "sinh") end the line
  const after = p.text.slice(end).trim();
  if (after.includes('|') || after.split(/\s+/).length > 2) return null;
  const head = p.text.slice(start).replace(/[\s,(–-]+$/, '');
  // the head opens a cell: at the line's start or right after a ruling
  const alone = /(^|\|)\s*$/.test(p.text.slice(0, start));
  for (let j = k + 1; j < pieces.length && j <= k + 2 && pieces[j]!.line - p.line <= 2; j++) {
    const text = pieces[j]!.text.replace(/[\s|_]+$/, '');
    const words = [...text.matchAll(/\S+/g)];
    for (let n = 1; n <= Math.min(MAX_TAIL_WORDS, words.length); n++) {
      const from = words[words.length - n]!.index!;
      const tail = text.slice(from);
      if (tail.includes('|') || !/\d|\p{L}{2,}/u.test(tail)) continue;
      // a deadline complete in itself ("Thường xuyên") takes only figures (a year, a date) from below
      if (headKey && !/\d/.test(tail)) continue;
      // a deadline of its own down there is another row's ("Hằng năm"), not the rest of this one
      if (strongReading(tail, true)) continue;
      const joined = `${head} ${tail}`;
      const key = strongReading(joined, alone);
      if (key && key !== headKey && runsIn(joined).some((r) => r.start === 0 && r.end === joined.length)) {
        return { spans: [{ piece: k, start, end: start + head.length }, { piece: j, start: from, end: from + tail.length }], text: joined, key };
      }
    }
  }
  return null;
}

/** Words at most that end a deadline cell's next line. */
const MAX_TAIL_WORDS = 2;

function candidates(pieces: Piece[], keep: (piece: number, end: number) => boolean = () => true): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set<string>();
  pieces.forEach((p, k) => {
    for (const r of runsIn(p.text)) {
      // a cell of its own: nothing else on its line, or right after a ruling at the line's end
      const alone = /(^|\|)\s*$/.test(p.text.slice(0, r.start)) && p.text.slice(r.end).trim() === '';
      // a line that opens a task cell ("Báo cáo định kỳ hằng quý, năm …"): the words right after are that cell's own
      if (!alone && r.start < CONTENT_REACH && !p.text.slice(0, r.start).includes('|') && startsTask(p.text, 15, 0.8)) continue;
      const span = trimmed(p.text, r.start, r.end, alone);
      // ("Thường" … "xuyên" broken over lines: brokenContinuous pairs them)
      const tail = r.concept === 'CONTINUOUS' ? null : brokenTail(pieces, k, r.start, r.end, span?.key ?? null);
      if (tail) {
        out.push(tail);
        taken.add(`${k}:${r.start}`);
        continue;
      }
      if (!span) {
        const broken = brokenDate(pieces, k, r.start, r.end);
        if (broken) out.push(broken);
        continue;
      }
      const text = p.text.slice(span.start, span.end);
      out.push({ spans: [{ piece: k, start: span.start, end: span.end }], text, key: span.key });
      taken.add(`${k}:${r.start}`);
    }
  });
  return [...out, ...brokenContinuous(pieces, taken, keep)].sort((a, b) => a.spans[0]!.piece - b.spans[0]!.piece || a.spans[0]!.start - b.spans[0]!.start);
}

export type DeadlineOutcome = { found: DeadlineFound } | { conflict: string[] } | null;

/** The one deadline a row's pieces name, taken out of them; a conflict when they name several. */
export function takeDeadline(pieces: Piece[]): DeadlineOutcome {
  const found = candidates(pieces);
  if (found.length === 0) return null;
  const keys = new Set(found.map((c) => c.key));
  if (keys.size > 1) return { conflict: found.map((c) => c.text) };
  const cut = found.flatMap((c) => c.spans);
  const out = pieces.map((p, k) => {
    const mine = cut.filter((s) => s.piece === k).sort((a, b) => b.start - a.start);
    let text = p.text;
    for (const s of mine) text = `${text.slice(0, s.start)} ${text.slice(s.end)}`;
    return { line: p.line, text: text.replace(/\s+/g, ' ').replace(/(?:\|\s*){2,}/g, '| ').trim() };
  });
  const first = found[0]!;
  return { found: { text: first.text.replace(/\s+/g, ' ').trim(), pieces: out, line: pieces[first.spans[0]!.piece]!.line } };
}

/** Nothing but OCR specks after a span: the deadline is the line's last cell. */
function endsLine(text: string, end: number): boolean {
  return text
    .slice(end)
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}|\d/u.test(w)).length === 0;
}

/**
 * Every deadline a run of lines names as the last cell of a line ("… | Thường xuyên", or "Thường" and
 * "xuyên" ending two lines of the cell): in a table whose last column is the deadline, one per row.
 */
export function deadlineMarks(pieces: Piece[]): { line: number; text: string }[] {
  return candidates(pieces, (k, end) => endsLine(pieces[k]!.text, end))
    .filter((c) => c.spans.every((s) => endsLine(pieces[s.piece]!.text, s.end)))
    .map((c) => ({ line: pieces[c.spans[0]!.piece]!.line, text: c.text }));
}
