/**
 * Real `pdftotext -layout` output (own fixtures' plan.html printed to PDF by headless Chromium):
 * text drifts a few characters off its column, cells are one space apart, each page places the
 * columns anew, a merged objective cell runs down several rows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { segmentTextTables } from '../../src/tables/segment.js';
import { interpretTables } from '../../src/tables/index.js';
import { ROOT } from '../helpers.js';

const FIELDS = ['id', 'objective', 'mission', 'content', 'lead', 'coordinating', 'output'] as const;

function check(data: string, fixture: string): void {
  const text = readFileSync(join(ROOT, 'test/tables/data', data), 'utf8');
  const { tables } = segmentTextTables(textToLines(text));
  expect(tables.every((t) => t.layout === 'aligned')).toBe(true);
  const out = interpretTables(tables);
  const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures', fixture, 'expected.json'), 'utf8'));
  const pick = (t: Record<string, unknown>) => Object.fromEntries(FIELDS.map((f) => [f, t[f] ?? null]));
  expect(out.tasks.map((t) => pick(t as never))).toEqual(expected.tasks.map(pick));
  expect(out.tasks.map((t) => t.deadlineText)).toEqual(expected.tasks.map((t: { deadline: { text: string } | null }) => t.deadline?.text ?? null));
}

describe('aligned tables from pdftotext -layout', () => {
  it('hierarchical plan (own-c): merged objectives, drift, two page geometries', () => check('c-hierarchical.pdftotext-layout.txt', 'own-c-hierarchical'));
  it('department plan (own-a): wide content column, one-space gaps, the indicator table after it', () => {
    check('a-department.pdftotext-layout.txt', 'own-a-department');
    const text = readFileSync(join(ROOT, 'test/tables/data/a-department.pdftotext-layout.txt'), 'utf8');
    const out = interpretTables(segmentTextTables(textToLines(text)).tables);
    expect(out.indicators.map((i) => [i.id, i.unit, i.targetText])).toEqual([
      ['1', '%', '100'],
      ['2', '%', 'Tối thiểu 60'],
      ['3', '%', 'Tối thiểu 80'],
    ]);
  });
});
