import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/pipeline/parsePlan.js';
import { ROOT } from '../helpers.js';

// Plan I's scan (real tesseract.js on real page images): reading the whole page as one block,
// tesseract drops the first line of two-line cells next to one-line cells on its review table,
// reads the dot of "3.1" only on the page, some row numbers only when read alone, and some
// bold heading numerals not at all.
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
}, 120_000);
