/** Long OCR'd tables: work per line stays constant however many lines the table has. */
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/core/lines.js';
import { markDamagedGroups } from '../../src/tables/ocrDamagedGroups.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

describe('markDamagedGroups over a long run of items', () => {
  it('reads 100 000 text items without a row number (each once: was a walk to the end and a copy of all before, per item)', () => {
    const n = 100_000;
    const lines: SourceLine[] = Array.from({ length: n }, (_, k) => ({ text: `Triển khai nhiệm vụ số ${k} của đơn vị`, raw: '', page: 1, line: k + 1 }));
    const items = lines.map((_, k) => ({ type: 'text', line: k }));
    const out = markDamagedGroups(items, lines);
    expect(out).toHaveLength(n);
    expect(out.every((x) => x.type === 'text')).toBe(true);
  });

  it('still makes a group of a damaged numeral between rows 1 and 2 far apart', () => {
    const texts = ['1 | Rà soát thủ tục hành chính', ...Array.from({ length: 2000 }, () => 'nội dung tiếp'), 'II | CÔNG TÁC KIỂM SOÁT THỦ TỤC', '1 | Công bố thủ tục hành chính'];
    const lines: SourceLine[] = texts.map((text, k) => ({ text, raw: text, page: 1, line: k + 1 }));
    const anchor = (k: number, path: number[]) => ({ type: 'anchor', line: k, cand: { token: String(path[0]), readings: [{ path, penalty: 0 }], rest: '', ruled: true } });
    const items = [anchor(0, [1]), ...texts.slice(1, -2).map((_, k) => ({ type: 'text', line: k + 1 })), { type: 'text', line: texts.length - 2 }, anchor(texts.length - 1, [1])];
    const out = markDamagedGroups(items, lines);
    expect(out[texts.length - 2]!.type).toBe('group');
  });
});

describe('a table of 999 rows (the most a three-digit row number gives) ruled with |', () => {
  it('parses every row', async () => {
    const rows = Array.from({ length: 999 }, (_, k) => `${k + 1} | Triển khai nhiệm vụ kiểm soát thủ tục hành chính số ${k + 1} | Sở Tư pháp | Tháng ${(k % 12) + 1}/2025`);
    const text = ['KẾ HOẠCH', 'Kiểm soát thủ tục hành chính năm 2025', 'STT | Nội dung | Đơn vị chủ trì | Thời gian hoàn thành', ...rows].join('\n');
    const result = await parsePlan(text);
    expect(result.fatal).toBe(false);
    const tasks = result.plan!.tasks;
    expect(tasks.length).toBe(999);
  });
});
