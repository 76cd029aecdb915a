/** A complete, clean plan to start rule tests from; each test breaks one thing. */
import type { Indicator, Plan, Task } from '../../src/schema/plan.js';

export function task(stt: string, over: Partial<Task> = {}): Task {
  return {
    id: `I.${stt}`,
    stt,
    group: { number: 'I', title: 'Kiểm soát việc ban hành' },
    objective: null,
    mission: null,
    content: `Nội dung ${stt}`,
    lead: 'Văn phòng UBND',
    coordinating: null,
    deadline: { text: 'Quý II năm 2025', kind: 'quarter', from: '2025-04-01', to: '2025-06-30', recurrence: null },
    output: null,
    note: null,
    extra: {},
    place: { page: 1, line: 10 + Number(stt.replace(/\D/g, '') || 0) },
    heading: false,
    ...over,
  };
}

export function indicator(stt: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id: stt,
    stt,
    group: null,
    name: `Chỉ tiêu ${stt}`,
    unit: '%',
    target: { text: '100', op: '=', value: 100 },
    lead: null,
    coordinating: null,
    note: null,
    extra: {},
    place: { page: 2, line: 5 },
    ...over,
  };
}

export function cleanPlan(over: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: '1.0',
    source: { path: 'plan.txt', sha256: 'a'.repeat(64), bytes: 100, mediaType: 'text/plain', pages: 2, textSource: 'text' },
    document: {
      type: 'Kế hoạch',
      typeCode: 'KH',
      number: '12/KH-UBND',
      issuer: 'Ủy ban nhân dân xã An Bình',
      parentIssuer: null,
      place: 'An Bình',
      issuedDate: '2025-01-15',
      year: 2025,
      title: 'Kiểm soát thủ tục hành chính năm 2025',
      signer: { position: 'Chủ tịch', name: null },
      recipients: [],
    },
    wrapper: null,
    legalBases: [],
    sections: [],
    tasks: [task('1'), task('2'), task('3')],
    indicators: [indicator('1'), indicator('2')],
    tables: [],
    diagnostics: [],
    ...over,
  };
}
