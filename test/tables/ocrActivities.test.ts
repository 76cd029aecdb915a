import { describe, expect, it } from 'vitest';
import { textToLines } from '../../src/load/text.js';
import { activityBodies, activityStart } from '../../src/tables/ocrActivities.js';

describe('activity rows of a hierarchical OCR table', () => {
  it('finds an activity start at the line start or after a "|"', () => {
    expect(activityStart('co quan hanh | dén, doanh | Ra soat, phat hién cac thu tuc | qua kiém soat')).toBe(28);
    expect(activityStart('Trién khai Ké hoach ra soat, | Vin ban')).toBe(0);
    expect(activityStart('hanh chinh nha | hanh chinh lién | dinh g e')).toBeNull();
  });

  it('cuts rows where activities start, and between two deadlines with no start between them', () => {
    const lines = textToLines([
      '- 100% TTHC duoc | Kiem soat chat | Ra soat, cong bo danh muc TTHC | Quyet dinh | Thuong',
      'cong khai day du | che viec ban hanh | kip thoi | ban hanh | xuyen',
      'theo quy dinh | cac quy dinh',
      'nhom noi dung | thu tuc | Cap nhat, cong khai TTHC tren | Van ban | Thuong',
      'tiep theo | Cong dich vu cong | cong khai | xuyen',
      'dong mot | het noi dung | tiep nhan ho so, tra ket qua | Bao cao | Hang nam',
      'dong hai | con lai | giai quyet dung han | Bao cao | Hang thang',
    ].join('\n'));
    const bodies = activityBodies(lines.map((_, k) => k), lines)!;
    expect(bodies.map((b) => b.lines)).toEqual([[0, 1, 2], [3, 4], [5], [6]]);
    expect(bodies[0]!.activityAt).toEqual({ line: 0, at: 36 });
  });

  it('gives up when the deadlines do not show the rows', () => {
    const lines = textToLines(['Ra soat, cong bo danh muc TTHC thuoc tham quyen', 'Cap nhat, cong khai TTHC tren Cong'].join('\n'));
    expect(activityBodies([0, 1], lines)).toBeNull();
  });
});

describe('activity start without a "|" before it', () => {
  it('takes a capitalised task verb after lower-case words, read closely', () => {
    expect(activityStart('phuong, gilia cdc Ra soat cac cac van ban')).toBe(18);
    // "Kiểm soát" is not "Kiểm tra", "Trung tâm" no verb
    expect(activityStart('khai theo quy dinh | Kiém soat chat duyét')).toBeNull();
    expect(activityStart('hoat dong Trung tam Phuc vu hanh chinh cong')).toBeNull();
  });

  it('cells printed as blocks: a row with no activity start begins with the block after the deadline', () => {
    const lines = textToLines([
      'Trien khai quy trinh so hoa ho so tai Trung tam', // 0
      '',
      'Thuong', // 2: deadline of the first row
      'xuyen',
      '',
      '100% Trung tam Phuc vu', // 5: the next row's first block
      'hanh chinh cong xa trien',
      '',
      'Ty le so hoa,', // 8
      'ky so va luu',
      'tru dien tu doi',
      'voi ho so, giay',
      '',
      'Cac co quan,',
      '',
      'Thuong', // 15: deadline of the second row
      'xuyen',
    ].join('\n'));
    const bodies = activityBodies(lines.map((_, k) => k).filter((k) => lines[k]!.text.trim() !== ''), lines)!;
    expect(bodies.map((b) => b.lines[0])).toEqual([0, 5]);
  });
});
