/** Appendix tables written in Markdown (pandoc's pipe tables) are read as the tab tables they are. */
import { describe, expect, it } from 'vitest';
import { markdownCells } from '../../src/tables/markdownRows.js';
import { parsePlan } from '../../src/pipeline/parsePlan.js';

const PLAN = [
  'ỦY BAN NHÂN DÂN XÃ AN PHÚ',
  'Số: 12/KH-UBND',
  'An Phú, ngày 10 tháng 01 năm 2025',
  'KẾ HOẠCH',
  'Kiểm soát thủ tục hành chính năm 2025',
  '',
  'PHỤ LỤC',
  '| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |',
  '|:---:|---|---|---|---|---|',
  '| 1 | Rà soát, đánh giá thủ tục hành chính | Văn phòng UBND xã | Các ngành | Tháng 6/2025 | Báo cáo |',
  '| 2 | Công khai thủ tục hành chính<br>trên Cổng thông tin | Công chức Văn phòng | Các ngành \\| đoàn thể | Thường xuyên | Danh mục |',
  '| 3 | Kiểm tra việc thực hiện | Văn phòng UBND xã | Công an xã | Quý IV/2025 | Báo cáo kết quả |',
].join('\n');

describe('Markdown tables', () => {
  it('a row is its cells: <br> a space, \\| a pipe inside a cell', () => {
    expect(markdownCells('| 1 | a<br>b | c \\| d |')).toEqual(['1', 'a b', 'c | d']);
    expect(markdownCells('| only one |')).toBeNull();
    expect(markdownCells('1 | OCR cell | text')).toBeNull(); // pipes of OCR'd text are not Markdown
  });

  it('a plan whose appendix is a Markdown table gives its rows as tasks', async () => {
    const r = await parsePlan(PLAN);
    const tasks = r.plan!.tasks;
    expect(tasks.map((t) => [t.stt, t.content, t.lead, t.coordinating, t.deadline?.kind])).toEqual([
      ['1', 'Rà soát, đánh giá thủ tục hành chính', 'Văn phòng UBND xã', 'Các ngành', 'month'],
      ['2', 'Công khai thủ tục hành chính trên Cổng thông tin', 'Công chức Văn phòng', 'Các ngành | đoàn thể', 'continuous'],
      ['3', 'Kiểm tra việc thực hiện', 'Văn phòng UBND xã', 'Công an xã', 'quarter'],
    ]);
    expect(r.diagnostics.filter((d) => d.ruleId.startsWith('table/'))).toEqual([]);
  });
});
