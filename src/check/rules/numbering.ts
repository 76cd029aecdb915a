/**
 * Row numbers (Stt) run 1, 2, 3 … under each parent (1.1, 1.2 under 1) and group (I, II …):
 * a jump is a gap (a row lost in parsing or in the document), a repeat a duplicate.
 * Non-numeric Stt ("a", "-", "+") are not checked.
 */
import type { Place } from '../../core/diagnostic.js';
import type { Plan } from '../../schema/plan.js';
import type { Finding } from '../types.js';

interface Row {
  id: string;
  stt: string | null;
  group: { number: string } | null;
  place: Place;
}

const NUMBERED = /^\d+(?:\.\d+)*\.?$/;

function parts(stt: string): number[] | null {
  const s = stt.trim();
  return NUMBERED.test(s) ? s.replace(/\.$/, '').split('.').map(Number) : null;
}

function rowsOf(plan: Plan): [string, Row[]][] {
  return [
    ['task', plan.tasks],
    ['indicator', plan.indicators],
  ];
}

export function numberingDuplicate(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  for (const [kind, rows] of rowsOf(plan)) {
    const seen = new Map<string, Row>();
    for (const row of rows) {
      const p = row.stt ? parts(row.stt) : null;
      if (!p) continue;
      const key = `${row.group?.number ?? ''}|${p.join('.')}`;
      const first = seen.get(key);
      if (first) findings.push({ message: `${kind} number ${row.stt} appears twice (also ${kind} ${first.id})`, place: row.place });
      else seen.set(key, row);
    }
  }
  return findings;
}

export function numberingGap(plan: Plan): Finding[] {
  const findings: Finding[] = [];
  for (const [kind, rows] of rowsOf(plan)) {
    // the last number seen under each (group, parent); top-level numbers may run on across groups
    const last = new Map<string, number>();
    let lastTop = 0;
    let group: string | null = null;
    for (const row of rows) {
      const g = row.group?.number ?? '';
      if (g !== group) {
        group = g;
        last.clear();
      }
      const p = row.stt ? parts(row.stt) : null;
      if (!p) continue;
      const parent = p.slice(0, -1).join('.');
      const n = p[p.length - 1]!;
      const prev = last.get(parent);
      let expected: number[];
      if (prev !== undefined) expected = [prev + 1];
      else expected = parent === '' ? [1, lastTop + 1] : [1];
      if (prev === undefined || n > prev) {
        if (!expected.includes(n)) {
          const want = expected[expected.length - 1]!;
          findings.push({ message: `${kind} numbering jumps to ${row.stt}${prev !== undefined || parent ? `, expected ${[...p.slice(0, -1), want].join('.')}` : ''}`, place: row.place });
        }
        last.set(parent, n);
        if (parent === '') lastTop = n;
      }
    }
  }
  return findings;
}
