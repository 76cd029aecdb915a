import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { ROOT } from '../helpers.js';

// Plan I's scan (real tesseract.js on real page images): reading the whole page as one block,
// tesseract drops the first line of two-line cells next to one-line cells on its review table,
// reads the dot of "3.1" only on the page, some row numbers only when read alone, and some
// bold heading numerals not at all. On its indicator page the page reading is noise over the
// whole table, so every cell is read alone; "≥" is not a character of the Vietnamese model.
describe('scan: lines and row numbers the page reading loses', async () => {
  const r = await parsePlan({ bytes: readFileSync(join(ROOT, 'fixtures', 'scan-own-i-ministry', 'plan.pdf')), path: 'plan.pdf' }, { jobs: 2 });
  const rows = r.file.rawTables.flatMap((t) => t.rows.map((row) => row.cells));
  const row = (text: string) => rows.find((cells) => cells[1]?.includes(text));

  it('reads again a cell whose first line the page lost', () => {
    expect(row('Cấp giấy phép xây dựng')?.[1]).toBe('Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt');
    expect(row('Đăng ký tàu biển')?.[3]).toBe('Cục Hàng hải và Đường thủy Việt Nam');
  });

  it('keeps sub-row numbers read with their dot, and reads numbers of rows whose text the page lost', () => {
    expect(row('Tiếp nhận, giải quyết hồ sơ')?.[0]).toBe('3.1');
    expect(row('Đánh giá tác động')?.[0]).toBe('1.1');
    expect(row('Cấp chứng chỉ năng lực')?.[0]).toBe('2');
  });

  it('numbers heading rows whose bold numeral OCR cannot read after the heading row above', () => {
    expect(row('Lĩnh vực hoạt động xây dựng')?.[0]).toBe('I');
    expect(row('Lĩnh vực đăng kiểm')?.[0]).toBe('II');
    expect(row('Lĩnh vực hàng hải')?.[0]).toBe('III');
  });

  it('reads every cell of a table the page reading lost, and comparison signs by their bar', () => {
    const indicator = (text: string) => row(text)?.slice(0, 5);
    expect(indicator('được giải quyết đúng hạn')).toEqual(['1', 'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn', '%', '97,8', '≥ 98,5']);
    expect(indicator('kiến nghị về quy định')).toEqual(['3', 'Tỷ lệ phản ánh, kiến nghị về quy định hành chính được xử lý đúng hạn', '%', '95,2', '100']);
    expect(indicator('trực tuyến trên tổng số')?.[4]).toBe('≥ 80');
    expect(indicator('được số hóa')?.slice(3)).toEqual(['85,3', '100']);
  });

  it('keeps the dashes of list items in cells', () => {
    expect(row('Đánh giá tác động')?.[5]).toBe('- Vụ Pháp chế; - Văn phòng Bộ.');
  });
}, 120_000);
