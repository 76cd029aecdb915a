/**
 * Deadline cells ("Thường xuyên", "Quý II/2025", "Trước ngày 15/02/2025", "Hằng tháng" …) into
 * { kind, from, to, recurrence }. The text is first rewritten as concept codes from the phrase
 * table (src/vocab/deadlinePhrases.ts), keeping numbers and punctuation: "Quý II/2025" becomes
 * "QUARTER ii/2025", "Trudc ngay 15/02/2025" becomes "BEFORE DAY 15/02/2025". The patterns below
 * read those codes, so no Vietnamese word appears in a regex.
 *
 * Choice between readings: a recurrence cue wins (its period is the plan year when the text
 * names one); else the most specific bounded period (date > month > quarter > half-year > year);
 * else continuous; else event; else unknown.
 */
import { collapseSpace } from '../core/text.js';
import type { Deadline, DeadlineKind, Recurrence } from '../schema/plan.js';
import { DEADLINE_PHRASES } from '../vocab/deadlinePhrases.js';
import { isoDate, lastDayOfMonth } from './date.js';
import { compilePhrases, matchPhraseAt, tokenize } from './phrases.js';

const PHRASES = compilePhrases(DEADLINE_PHRASES);
const DASH = /^[-‐-―−~]$/;
const ROMAN = /^[ivxl]{1,4}$/;

/** The text as concept codes, numbers and punctuation, spaced as printed. */
export function deadlineCodes(text: string): string {
  const tokens = tokenize(text);
  let out = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    const sep = out && t.spaceBefore ? ' ' : '';
    const m = t.kind === 'word' ? matchPhraseAt(tokens, i, PHRASES) : null;
    let piece: string;
    if (m) {
      piece = m.value === 'WORD' ? 'w' : m.value;
      i += m.length;
    } else {
      if (t.kind === 'word') piece = ROMAN.test(t.key) ? t.key : 'w';
      else if (t.kind === 'punct') piece = DASH.test(t.key) ? '-' : t.key;
      else piece = t.key;
      i++;
    }
    out += sep + piece;
  }
  return out;
}

interface Period {
  kind: Exclude<DeadlineKind, 'recurring' | 'continuous' | 'event' | 'unknown'>;
  from: string | null;
  to: string | null;
}

const RANK: Period['kind'][] = ['date', 'month', 'quarter', 'half-year', 'year'];

const Y = '(\\d{4})(?!\\d)';
const Q = '(iv|[1il|]v|[1il|]{1,3}|[2-4])(?![a-z0-9])';
const YEAR_TAIL = `(?: ?,)?(?: ?(?:[/-]|YEAR) ?${Y})?`;

const DATE_NUMERIC = /(?<!\d)(\d{1,2}) ?([/.-]) ?(\d{1,2}) ?\2 ?(\d{4})(?!\d)/g;
const DATE_WORDY = new RegExp(`DAY ?(\\d{1,2})(?!\\d) ?(?:[/.-]|MONTH) ?(\\d{1,2})(?!\\d)()${YEAR_TAIL.replace('[/-]', '[/.-]')}`, 'g');
// "23 tháng 6 năm 2022": the day word lost, so the year must be there
const DATE_WORDY_NO_DAY = new RegExp(`(?<![\\d/])(\\d{1,2}) ?MONTH ?(\\d{1,2})(?!\\d)() ?(?:[/.-]|,|YEAR) ?${Y}`, 'g');
const DATE_SHORT = /BEFORE ?(\d{1,2}) ?\/ ?(\d{1,2})(?![\d/])()()/g;
const HALF_YEAR = new RegExp(`(\\d{1,2}) ?MONTH ?(FIRST|END) ?YEAR(?: ?${Y})?`, 'g');
const QUARTERS = new RegExp(`QUARTER ?${Q}(?: ?(?:-|TO|AND|,|&) ?(?:QUARTER ?)?${Q})?${YEAR_TAIL}`, 'g');
const MONTH_RANGE = new RegExp(
  `(?:FROM ?)?MONTH ?(\\d{1,2})(?!\\d)(?: ?(?:[/-]|YEAR) ?${Y})? ?(?:-|TO|AND|,) ?(?:MONTH ?)?(\\d{1,2})(?!\\d)${YEAR_TAIL}`,
  'g',
);
const MONTH_POINT = new RegExp(`MONTH ?(\\d{1,2})(?!\\d)${YEAR_TAIL}`, 'g');
// "03/2024", but not the start of a number's symbol ("01/2023/TT-VPCP")
const MONTH_BARE = /(?<![\d/.#-])(?<![\d/.-] )(\d{1,2}) ?\/ ?(\d{4})(?!\d| ?\/)/g;
const YEAR_END = new RegExp(`END ?YEAR(?: ?${Y})?`, 'g');
const YEARS = new RegExp(`(?:(?:WITHIN|WHOLE|FROM) ?)?YEAR ?${Y}(?: ?(?:-|TO) ?(?:YEAR ?)?${Y})?`, 'g');
const YEAR_PLAN = /(?:WITHIN|WHOLE) ?YEAR(?! ?\d)/g;
const YEAR_BARE = /(?<![\d/.#-])(?<![\d/.-] )(\d{4})(?![\d/])/g;
const RANGE_CUE = /FROM|TO/;

function quarterNumber(q: string): number | null {
  if (/^[2-4]$/.test(q)) return Number(q);
  if (q === 'iv' || /^[1il|]v$/.test(q)) return 4;
  if (/^[1il|]{1,3}$/.test(q)) return q.length;
  return null;
}

function validYear(y: number | null): y is number {
  return y !== null && y >= 1945 && y <= 2200;
}

function monthSpan(kind: Period['kind'], y: number | null, m1: number, y2: number | null, m2: number): Period | null {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return null;
  if (!validYear(y) || !validYear(y2)) return { kind, from: null, to: null };
  return { kind, from: isoDate(y, m1, 1), to: lastDayOfMonth(y2, m2) };
}

/** Every bounded period the codes name; each match is blanked so a later pattern cannot reuse it. */
function findPeriods(codes: string, planYear: number | null): Period[] {
  let s = codes;
  const found: Period[] = [];
  const yearOf = (v: string | undefined, fallback: number | null = planYear) => (v ? Number(v) : fallback);
  const take = (re: RegExp, read: (m: RegExpExecArray) => Period | null) => {
    for (const m of [...s.matchAll(re)]) {
      const p = read(m as RegExpExecArray);
      if (!p) continue;
      found.push(p);
      s = s.slice(0, m.index) + '#'.repeat(m[0].length) + s.slice(m.index + m[0].length);
    }
  };

  const dates: { iso: string | null; index: number }[] = [];
  const readDate = (m: RegExpExecArray, d: string, mo: string, y: string | undefined) => {
    const year = yearOf(y);
    const iso = validYear(year) ? isoDate(year, Number(mo), Number(d)) : null;
    if (validYear(year) && !iso) return null;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) return null;
    dates.push({ iso, index: m.index });
    return { kind: 'date' as const, from: null, to: iso };
  };
  take(DATE_NUMERIC, (m) => readDate(m, m[1]!, m[3]!, m[4]));
  take(DATE_WORDY, (m) => readDate(m, m[1]!, m[2]!, m[4]));
  take(DATE_WORDY_NO_DAY, (m) => readDate(m, m[1]!, m[2]!, m[4]));
  take(DATE_SHORT, (m) => readDate(m, m[1]!, m[2]!, undefined));
  if (dates.length >= 2 && RANGE_CUE.test(codes) && dates.every((d) => d.iso)) {
    const isos = dates.map((d) => d.iso!).sort();
    found.push({ kind: 'date', from: isos[0]!, to: isos[isos.length - 1]! });
  }

  take(HALF_YEAR, (m) => {
    if (Number(m[1]) !== 6) return null;
    const y = yearOf(m[3]);
    const [m1, m2] = m[2] === 'FIRST' ? [1, 6] : [7, 12];
    return monthSpan('half-year', y, m1, y, m2);
  });
  take(QUARTERS, (m) => {
    const q1 = quarterNumber(m[1]!);
    const q2 = m[2] ? quarterNumber(m[2]) : q1;
    if (!q1 || !q2 || q1 > 4 || q2 > 4 || q2 < q1) return null;
    const y = yearOf(m[3]);
    return monthSpan('quarter', y, q1 * 3 - 2, y, q2 * 3);
  });
  take(MONTH_RANGE, (m) => {
    const y2 = yearOf(m[4]);
    const y1 = yearOf(m[2], y2);
    if (validYear(y1) && validYear(y2) && (y1 > y2 || (y1 === y2 && Number(m[1]) > Number(m[3])))) return null;
    return monthSpan('month', y1, Number(m[1]), y2, Number(m[3]));
  });
  take(MONTH_POINT, (m) => {
    const y = yearOf(m[2]);
    return monthSpan('month', y, Number(m[1]), y, Number(m[1]));
  });
  take(MONTH_BARE, (m) => monthSpan('month', Number(m[2]), Number(m[1]), Number(m[2]), Number(m[1])));
  take(YEAR_END, (m) => {
    const y = yearOf(m[1]);
    return monthSpan('month', y, 12, y, 12);
  });
  take(YEARS, (m) => {
    const y1 = Number(m[1]);
    const y2 = m[2] ? Number(m[2]) : y1;
    if (!validYear(y1) || !validYear(y2) || y2 < y1) return null;
    return { kind: 'year', from: isoDate(y1, 1, 1), to: isoDate(y2, 12, 31) };
  });
  take(YEAR_PLAN, () => monthSpan('year', planYear, 1, planYear, 12));
  take(YEAR_BARE, (m) => {
    const y = Number(m[1]);
    return validYear(y) ? { kind: 'year', from: isoDate(y, 1, 1), to: isoDate(y, 12, 31) } : null;
  });
  return found;
}

/** The most specific kind found; several periods of that kind are joined into one span. */
function bestPeriod(periods: Period[]): Period | null {
  for (const kind of RANK) {
    const same = periods.filter((p) => p.kind === kind);
    if (same.length === 0) continue;
    const froms = same.map((p) => p.from).filter((v): v is string => v !== null).sort();
    const tos = same.map((p) => p.to).filter((v): v is string => v !== null).sort();
    const anyOpen = same.some((p) => p.to === null);
    return {
      kind,
      from: kind === 'date' ? (same.find((p) => p.from)?.from ?? null) : (froms[0] ?? null),
      to: anyOpen && kind !== 'date' ? null : (tos[tos.length - 1] ?? null),
    };
  }
  return null;
}

const FREQUENCY: Recurrence[] = ['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'periodic'];
const UNIT = '(DAY|WEEK|MONTH|QUARTER|YEAR)';

function recurrenceOf(unit: string, n: number): Recurrence {
  if (unit === 'MONTH') return ({ 1: 'monthly', 3: 'quarterly', 6: 'half-yearly', 12: 'yearly' } as Record<number, Recurrence>)[n] ?? 'periodic';
  if (n !== 1) return 'periodic';
  return ({ DAY: 'daily', WEEK: 'weekly', QUARTER: 'quarterly', YEAR: 'yearly' } as Record<string, Recurrence>)[unit]!;
}

const RECURRING: { re: RegExp; read: (m: RegExpMatchArray) => Recurrence }[] = [
  { re: new RegExp(`EACH ?(?:(\\d{1,2}) ?)?${UNIT}`, 'g'), read: (m) => recurrenceOf(m[2]!, Number(m[1] ?? 1)) },
  { re: new RegExp(`PERIODIC ?(?:EACH ?)?(?:(\\d{1,2}) ?)?${UNIT}`, 'g'), read: (m) => recurrenceOf(m[2]!, Number(m[1] ?? 1)) },
  { re: new RegExp(`(?:(\\d{1,2}) ?)?${UNIT} ?/ ?(?:\\d{1,2} ?)?TIMES`, 'g'), read: (m) => recurrenceOf(m[2]!, Number(m[1] ?? 1)) },
  { re: new RegExp(`TIMES ?/ ?(?:(\\d{1,2}) ?)?${UNIT}`, 'g'), read: (m) => recurrenceOf(m[2]!, Number(m[1] ?? 1)) },
  // "6 tháng một lần", "3 tháng 1 lần"
  { re: new RegExp(`(?:(\\d{1,2}) ?)?${UNIT} (?:ONE|1) TIMES`, 'g'), read: (m) => recurrenceOf(m[2]!, Number(m[1] ?? 1)) },
  // "ngày 15 của tháng cuối quý", "tháng đầu quý": a month of every quarter (no quarter named)
  { re: /MONTH (?:FIRST|END) QUARTER(?! ?(?:[ivxIVX]+\b|\d))/g, read: () => 'quarterly' },
  { re: /PERIODIC/g, read: () => 'periodic' },
];

function findRecurrence(codes: string): Recurrence | null {
  let best: Recurrence | null = null;
  for (const { re, read } of RECURRING) {
    for (const m of codes.matchAll(re)) {
      const r = read(m);
      if (best === null || FREQUENCY.indexOf(r) < FREQUENCY.indexOf(best)) best = r;
    }
  }
  return best;
}

export function parseDeadline(text: string, year: number | null): Deadline {
  const clean = collapseSpace(text.normalize('NFC'));
  const codes = deadlineCodes(clean);
  const period = bestPeriod(findPeriods(codes, year));
  const recurrence = findRecurrence(codes);
  if (recurrence) {
    const bounds = period?.kind === 'year' ? period : null;
    return { text: clean, kind: 'recurring', from: bounds?.from ?? null, to: bounds?.to ?? null, recurrence };
  }
  if (period) return { text: clean, kind: period.kind, from: period.from, to: period.to, recurrence: null };
  const kind: DeadlineKind = /CONTINUOUS/.test(codes) ? 'continuous' : /EVENT/.test(codes) ? 'event' : 'unknown';
  return { text: clean, kind, from: null, to: null, recurrence: null };
}
