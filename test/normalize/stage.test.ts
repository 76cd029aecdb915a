import { describe, expect, it } from 'vitest';
import { normalizeStage, planYear } from '../../src/normalize/index.js';
import { createPlanFile, type IndicatorDraft, type PlanFile, type TaskDraft } from '../../src/pipeline/planFile.js';
import type { PlanDocument } from '../../src/schema/plan.js';

function document(year: number | null, issuedDate: string | null): PlanDocument {
  return {
    type: 'Kế hoạch', typeCode: 'KH', number: null, issuer: null, parentIssuer: null, place: null,
    issuedDate, year, title: null, signer: { position: null, name: null }, recipients: [],
  };
}

function task(id: string, deadlineText: string | null, line: number): TaskDraft {
  return {
    id, stt: id, group: null, objective: null, mission: null, content: 'x', lead: null, coordinating: null,
    deadlineText, output: null, note: null, extra: {}, place: { page: 1, line }, heading: false,
  };
}

function indicator(id: string, targetText: string | null, line: number): IndicatorDraft {
  return { id, stt: id, group: null, name: 'x', unit: '%', targetText, lead: null, coordinating: null, note: null, extra: {}, place: { page: 2, line } };
}

function planFile(doc: PlanDocument | null): PlanFile {
  const file = createPlanFile(new Uint8Array(), null);
  if (doc) file.structure = { document: doc, wrapper: null, legalBases: [], sections: [], appendixStart: null };
  return file;
}

describe('normalizeStage', () => {
  it('normalizes tasks, indicators and legal bases, and reports what it could not read', async () => {
    const file = planFile(document(2024, '2024-03-05'));
    file.structure!.legalBases = [{ text: 'Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về …;', place: { page: 1, line: 9 } }];
    file.tables = {
      tables: [],
      tasks: [task('I.1', 'Quý II', 20), task('I.2', 'Bao nhiêu cũng được', 21), task('I.3', null, 22), task('I.4', '  ', 23)],
      indicators: [indicator('1', 'Tối thiểu 80%', 40), indicator('2', 'Theo quy định', 41)],
    };
    await normalizeStage.run(file, {});
    const n = file.normalized!;
    expect(n.tasks[0]!.deadline).toEqual({ text: 'Quý II', kind: 'quarter', from: '2024-04-01', to: '2024-06-30', recurrence: null });
    expect(n.tasks[1]!.deadline!.kind).toBe('unknown');
    expect(n.tasks[2]!.deadline).toBeNull();
    expect(n.tasks[3]!.deadline).toBeNull();
    expect(n.tasks[0]).not.toHaveProperty('deadlineText');
    expect(n.indicators[0]!.target).toEqual({ text: 'Tối thiểu 80%', op: '>=', value: 80 });
    expect(n.indicators[0]).not.toHaveProperty('targetText');
    expect(n.legalBases[0]!.refs).toMatchObject([{ type: 'Nghị định', number: '61/2018/NĐ-CP', issuedDate: '2018-04-23', issuer: 'Chính phủ' }]);
    expect(file.diagnostics.map((d) => [d.ruleId, d.place])).toEqual([
      ['normalize/unparsed-deadline', { page: 1, line: 21 }],
      ['normalize/unparsed-target', { page: 2, line: 41 }],
    ]);
  });

  it('works without structure or tables', async () => {
    const file = planFile(null);
    await normalizeStage.run(file, {});
    expect(file.normalized).toEqual({ tasks: [], indicators: [], legalBases: [] });
  });
});

describe('planYear', () => {
  it.each([
    [document(2024, '2023-12-20'), {}, 2024],
    [document(null, '2023-12-20'), { year: 2025 }, 2025],
    [document(null, '2023-12-20'), {}, 2023],
    [document(null, null), {}, null],
  ] as const)('document %j, options %j → %s', (doc, options, year) => {
    expect(planYear(planFile(doc), options)).toBe(year);
  });
});
