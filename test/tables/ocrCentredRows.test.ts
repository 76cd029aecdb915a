import { describe, expect, it } from 'vitest';
import { headerRolesIn } from '../../src/tables/columnRoles.js';
import { anchorCandidate, groupLine } from '../../src/tables/ocrLines.js';
import { cellOpening, followCell } from '../../src/tables/ocrThread.js';
import { taskColumnFirst } from '../../src/tables/ocrSegmenter.js';

describe('OCR table headers', () => {
  it('reads "Nội dung nhiệm vụ" as one content header, not content and mission', () => {
    const roles = headerRolesIn('TT Nội dung nhiệm vụ Sản phẩm Phòng, đơn vị chủ | Tiến độ thực Ghi chú').map((h) => h.role);
    expect(roles).toContain('content');
    expect(roles).not.toContain('mission');
    // two columns of a hierarchical header stay two
    expect(headerRolesIn('Stt Mục tiêu Nhiệm vụ Hoạt động Kết quả').map((h) => h.role)).toEqual(['stt', 'objective', 'mission', 'content', 'output']);
  });

  it('takes "TT" for the Stt column only as a line\'s first word', () => {
    expect(headerRolesIn('TT 2 Mụctiêu Nhiệm vụ - - s. X hoàn').map((h) => h.role)).toContain('stt');
    expect(headerRolesIn('Thông tư số 02/2017/TT-VPCP kết quả').map((h) => h.role)).not.toContain('stt');
  });
});

describe('OCR lines of a ruled table', () => {
  it('reads a group letter between rulings', () => {
    expect(groupLine('|_B_ | KIẾM SOÁT QUY ĐỊNH, CÔNG BỐ, CÔNG KHAI THỦ TỤC HÀNH CHÍNH')).toMatchObject({ numeral: 'B', lettered: true });
    expect(groupLine('_D_| CHUYỂN ĐỔI SỐ, TRUYỀN THÔNG VÀ CHẾ ĐỘ BÁO CÁO')).toMatchObject({ numeral: 'D', lettered: true });
  });

  it('reads a row number with a speck glued to it', () => {
    expect(anchorCandidate('1ˆ quy phạm pháp luậtlên „ chuyên môn')?.readings[0]!.path).toEqual([1]);
    expect(anchorCandidate('l1... .,.. ,. Kiểmsoát „')?.readings.map((r) => r.path)).toContainEqual([1]);
  });
});

describe('rows read line by line across centred cells', () => {
  it('puts each line\'s words up to debris or a ruling first', () => {
    const pieces = [
      { line: 0, text: 'Sơ kết 6 tháng, ˆ ., — Gác ban,' },
      { line: 1, text: '- 1 Công chức ` „' },
      { line: 2, text: 'tổng kết năm công __ ` ngành, Trước ngày' },
    ];
    expect(taskColumnFirst(pieces).map((p) => p.text).join(' ')).toMatch(/^Sơ kết 6 tháng, tổng kết năm công /);
  });

  it('follows a hierarchical row\'s activity down its lines with the language model', () => {
    const lines = [
      'Thủ tục hành Rà soát danh',
      'chính thuộc mục thủ tục : Trung tâm',
      '- N ‹ : - Văn Trong 05',
      'thẩm quyền hành chính cấp Danh ‹ Phục vụ cày',
    ].map((text, line) => ({ line, words: text.split(' ') }));
    const opening = cellOpening(lines)!;
    expect(opening).toEqual({ first: 0, start: 3 });
    const taken = followCell(lines, opening.first, opening.start);
    const text = taken.flatMap((r, n) => (r ? lines[n]!.words.slice(r[0], r[1]) : [])).join(' ');
    expect(text).toBe('Rà soát danh mục thủ tục hành chính cấp');
  });
});
