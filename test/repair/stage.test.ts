import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

describe('repair stage', () => {
  it('restores every line and keeps raw', async () => {
    const r = await parsePlan('KE HOACH\nKiem soat thu tuc hanh chinh nam 2024\n');
    const lines = r.file.lines;
    expect(lines[0].text).toBe('KẾ HOẠCH');
    expect(lines[1].text).toBe('Kiểm soát thủ tục hành chính năm 2024');
    expect(lines[1].raw).toBe('Kiem soat thu tuc hanh chinh nam 2024');
  });
  it('repair: false skips it', async () => {
    const r = await parsePlan('KE HOACH\n', { repair: false });
    expect(r.file.lines[0].text).toBe('KE HOACH');
  });
  it('low-confidence tokens become diagnostics with their place', async () => {
    const r = await parsePlan('Ke hoach\nqxv chirc tlch cd\n');
    for (const d of r.diagnostics.filter((x) => x.ruleId === 'repair/low-confidence')) {
      expect(d.place?.line).toBeGreaterThan(0);
      expect(d.place?.page).toBe(1);
    }
  });
});

describe('repair stage on cells the loaders cut', () => {
  it('restores header and body cells of raw tables, lines of a cell kept apart', async () => {
    const { createPlanFile } = await import('../../src/pipeline/planFile.js');
    const { repairStage } = await import('../../src/repair/index.js');
    const file = createPlanFile(new Uint8Array(), 'scan.pdf');
    file.lines = [{ text: 'KE HOACH', raw: 'KE HOACH', page: 1, line: 1 }];
    file.rawTables = [
      {
        header: ['STT', 'Noi dung cong viec', 'Co quan chu tri'],
        rows: [{ cells: ['1', 'Cong khai thu tuc hanh chinh\ntai Bo phan Mot cua', 'UBND huyen'], place: { page: 2, line: 3 } }],
        pages: [2],
        title: null,
        place: { page: 2, line: 1 },
        layout: 'ocr-grid',
      },
    ];
    await repairStage.run(file, {});
    expect(file.lines[0].text).toBe('KẾ HOẠCH');
    expect(file.rawTables[0].header).toEqual(['STT', 'Nội dung công việc', 'Cơ quan chủ trì']);
    expect(file.rawTables[0].rows[0].cells).toEqual(['1', 'Công khai thủ tục hành chính\ntại Bộ phận Một cửa', 'UBND huyện']);
  });
});

describe('repair stage on text that came from OCR', () => {
  it('corrects a well-formed syllable OCR misread (thấm quyền → thẩm quyền) only when the source is OCR', async () => {
    const { createPlanFile } = await import('../../src/pipeline/planFile.js');
    const { repairStage } = await import('../../src/repair/index.js');
    const line = 'Niêm yết các thủ tục hành chính thuộc thấm quyền giải quyết của cấp huyện';
    const make = (textSource: 'ocr' | 'pdf-text') => {
      const file = createPlanFile(new Uint8Array(), 'plan.pdf');
      file.textSource = textSource;
      file.lines = [{ text: line, raw: line, page: 1, line: 1 }];
      return file;
    };
    const scanned = make('ocr');
    await repairStage.run(scanned, {});
    expect(scanned.lines[0].text).toBe('Niêm yết các thủ tục hành chính thuộc thẩm quyền giải quyết của cấp huyện');
    const typed = make('pdf-text');
    await repairStage.run(typed, {});
    expect(typed.lines[0].text).toBe(line);
  });
});
