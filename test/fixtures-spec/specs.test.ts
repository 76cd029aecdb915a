/**
 * Our own plan specs (scripts/fixtures/specs) are self-consistent, and the committed fixtures
 * (fixtures/own-*) are what the renderers make of them today (else: npm run fixtures:text).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFiles } from '../../scripts/fixtures/fixtureFiles.js';
import { cellText, rowCell } from '../../scripts/fixtures/renderCommon.js';
import { renderText, stripMarks } from '../../scripts/fixtures/renderText.js';
import { PLAN_SPECS } from '../../scripts/fixtures/specs/index.js';
import type { DataRowSpec, PlanSpec } from '../../scripts/fixtures/specs/types.js';
import { isoDate } from '../../src/normalize/date.js';
import { ROOT } from '../helpers.js';

const validIso = (s: string | null | undefined) => {
  if (s === null || s === undefined) return true;
  const [y, m, d] = s.split('-').map(Number);
  return isoDate(y!, m!, d!) === s;
};

/** Every string in a value, with its path. */
function strings(v: unknown, path = '$'): [string, string][] {
  if (typeof v === 'string') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => strings(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`));
  return [];
}

function dataRows(spec: PlanSpec, kind: 'tasks' | 'indicators'): { id: string; row: DataRowSpec }[] {
  return spec.appendices
    .flatMap((a) => a.tables)
    .filter((t) => t.kind === kind)
    .flatMap((t) => {
      let group: string | null = null;
      return t.rows.flatMap((r) => {
        if (r.kind === 'group') {
          group = r.number;
          return [];
        }
        return [{ id: group ? `${group}.${r.stt}` : r.stt, row: r }];
      });
    });
}

// New-style tone placement (hoà, thuỷ, uỷ, khoẻ) at the end of a syllable; "quý" is fine.
const NEW_STYLE_TONE = /(?<!q)(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?!\p{L})/iu;

describe.each(PLAN_SPECS.map((s) => [s.id, s] as const))('plan spec %s', (_id, spec) => {
  it('has unique task and indicator ids', () => {
    for (const kind of ['tasks', 'indicators'] as const) {
      const ids = dataRows(spec, kind).map((r) => r.id);
      expect(new Set(ids).size, ids.join(' ')).toBe(ids.length);
    }
  });

  it('gives every task content, and every non-heading task a lead and a deadline', () => {
    for (const { id, row } of dataRows(spec, 'tasks')) {
      expect(cellText(rowCell(row, 'content')), id).toBeTruthy();
      if (!row.heading) {
        expect(cellText(rowCell(row, 'lead')), id).toBeTruthy();
        expect(row.deadline, id).toBeDefined();
      } else {
        expect(row.deadline, id).toBeUndefined();
      }
    }
  });

  it('gives every indicator a name, a unit and a target', () => {
    for (const { id, row } of dataRows(spec, 'indicators')) {
      expect(cellText(rowCell(row, 'content')), id).toBeTruthy();
      if (!row.heading) expect(row.target && row.cells.unit, id).toBeTruthy();
    }
  });

  it('has valid dates, and deadline dates that the phrase states', () => {
    expect(validIso(spec.header.issuedDate)).toBe(true);
    expect(validIso(spec.wrapper?.issuedDate)).toBe(true);
    for (const lb of spec.legalBases) {
      for (const r of lb.refs ?? []) {
        expect(validIso(r.issuedDate), r.number).toBe(true);
        expect(lb.text).toContain(r.number);
      }
    }
    for (const { id, row } of dataRows(spec, 'tasks')) {
      const d = row.deadline;
      if (!d) continue;
      expect(validIso(d.from) && validIso(d.to), id).toBe(true);
      if (d.from && d.to) expect(d.from <= d.to, id).toBe(true);
      if (d.kind === 'date') {
        // The day and month as printed, with or without leading zeros ("30/09/2026", "30/9/2026").
        const [y, m, day] = d.to!.split('-') as [string, string, string];
        expect([`${day}/${m}/${y}`, `${+day}/${+m}/${y}`].some((p) => d.text.includes(p)), `${id}: ${d.text}`).toBe(true);
      }
      if (d.kind === 'recurring') expect(d.recurrence, id).toBeTruthy();
    }
  });

  it('is written in NFC with old-style tone placement', () => {
    for (const [path, s] of strings(spec)) {
      expect(s.normalize('NFC'), path).toBe(s);
      expect(NEW_STYLE_TONE.test(s), `${path}: ${s}`).toBe(false);
    }
  });

  it('prints every cell of its tables in the text rendering', () => {
    const text = renderText(spec).replace(/\s+/g, ' ');
    expect(text).toContain(spec.title);
    for (const kind of ['tasks', 'indicators'] as const) {
      for (const { row } of dataRows(spec, kind)) {
        const content = cellText(rowCell(row, 'content'))!;
        // Rows broken across a page print in two halves: look for the first words.
        expect(text).toContain(content.split(' ').slice(0, 3).join(' '));
      }
    }
  });
});

describe('the tone placement check', () => {
  it('flags new-style placement only at a syllable end', () => {
    expect(['hoà', 'thuỷ', 'Uỷ ban', 'khoẻ'].map((s) => NEW_STYLE_TONE.test(s))).toEqual([true, true, true, true]);
    expect(['hòa', 'thủy', 'Ủy ban', 'Hoàng', 'Quý II', 'khỏe'].some((s) => NEW_STYLE_TONE.test(s))).toBe(false);
  });
});

describe('stripMarks', () => {
  it('removes every mark, đ included', () => {
    expect(stripMarks('Kế hoạch kiểm soát thủ tục hành chính, Đồng Tháp, đơn vị')).toBe(
      'Ke hoach kiem soat thu tuc hanh chinh, Dong Thap, don vi',
    );
  });
});

describe('committed own fixtures', () => {
  it.each(fixtureFiles().map((f) => [`${f.dir}/${f.name}`, f] as const))('%s is up to date', (_name, f) => {
    const path = join(ROOT, 'fixtures', f.dir, f.name);
    expect(existsSync(path), `${path} missing: npm run fixtures:text`).toBe(true);
    expect(readFileSync(path, 'utf8') === f.content, `${path} is stale: npm run fixtures:text`).toBe(true);
  });
});
