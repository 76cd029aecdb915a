/**
 * Hierarchical tables (Mục tiêu / Nhiệm vụ / Hoạt động …) in OCR'd text read across (tesseract psm 6):
 * the objective and mission cells, merged over several activities, come first on a row's number line,
 * so the row's task does not open right after its number.
 */
import { describe, expect, it } from 'vitest';
import { tables } from './textTables.js';
import { textToLines } from '../../src/load/text.js';
import { headerAt } from '../../src/tables/ocrLines.js';
import { widestActivityStart } from '../../src/tables/ocrActivities.js';
import { damagedGroupShape } from '../../src/tables/ocrDamagedGroups.js';
import { fold } from '../../src/core/text.js';

const first = (s: string | null | undefined, n = 3) => (s ?? '').split(' ').slice(0, n).join(' ');

describe('a hierarchical table whose header OCR lost', () => {
  // objective cell first on the number line ("95% …", "duoc …" carried on), rows not all ruled
  const text = [
    'PHU LUC',
    'CAC HOAT DONG NAM 2026',
    '|_1 | CONG KHAI THONG TIN THU TUC',
    '1 | 95% thu tuc duoc cong Quan ly danh muc Cap nhat danh muc thu tuc tren | Danh muc | Van phong | Quy I',
    'khai dung han; thu tuc thu tuc trang thong tin dien tu cua xa duoc cap nhat UBND xa',
    'duoc chuan hoa',
    '2_ | duoc ra soat thuong Niem yet bang thu tuc tai noi tiep nhan | Bang niem yet | Bo phan | Thuong',
    'xuyen ho so cua xa Mot cua xuyen',
    '3 Tuyen truyen thu tuc | Phat tin tren loa truyen thanh ve thu tuc | Tin bai | Van phong | Hang thang',
    'hanh chinh moi thuong gap',
    '|.1I | GIAI QUYET HO SO DUNG HAN',
    '1 | 100% ho so giai quyet Giam sat tien do Theo doi ho so tren phan mem mot cua | Bao cao | Bo phan | Thuong',
    'dung han xu ly ho so hang ngay, nhac viec can bo Mot cua xuyen',
    '2 _| dung han Tap huan cho cong chuc tiep nhan ho so | Lop hoc | Van phong | Thang 6/2026',
    've ky nang giao tiep',
  ].join('\n');

  it('is found from its ruled row numbers, though its rows open with lower-case or figures', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1'],
      ['I', '2'],
      ['I', '3'],
      ['II', '1'],
      ['II', '2'],
    ]);
  });

  it('starts each row at its number when an activity opens on the number line', () => {
    const r = tables(text);
    // the lines under a number line are that row's (cells read across), not the next row's
    expect(r.tasks[0]!.content).toContain('duoc chuan hoa');
    expect(r.tasks[1]!.content).not.toContain('chuan hoa');
    expect(r.tasks[1]!.content).toContain('duoc ra soat');
    expect(r.tasks[3]!.content).toContain('nhac viec');
  });

  it('puts the activity first, the objective and mission text before it on the number line after', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => fold(first(t.content, 2)))).toEqual(['cap nhat', 'niem yet', 'tuyen truyen', 'theo doi', 'tap huan']);
  });

  it('is not made of numbered paragraphs without rulings', () => {
    const r = tables([
      'III. TO CHUC THUC HIEN',
      '1. Van phong UBND xa theo doi, don doc thuc hien ke hoach nay.',
      '2. Cac bo phan chuyen mon chu dong trien khai cac nhiem vu.',
      '3. Cong chuc Bo phan Mot cua bao cao ket qua hang quy.',
      '4. Cac thon, to dan pho phoi hop tuyen truyen den nguoi dan.',
    ].join('\n'));
    expect(r.tasks).toEqual([]);
  });
});

describe('a headerless table numbered 1.1, 1.2 … under its group rows', () => {
  const text = [
    'PHU LUC',
    '| 1 | NANG CAO CHAT LUONG PHUC VU',
    '1.1 | 90% nguoi dan hai long Cai thien noi Sua chua ghe ngoi, quat mat tai khu | Khu cho | Van phong | Quy II',
    've chat luong phuc vu tiep nhan vuc cho cua Bo phan Mot cua sach se',
    '1.2 _| Trang bi may lay so thu tu tu dong | May lay so | Bo phan | Quy III',
    '1.3 Dao tao ky nang cho cong chuc Mot cua | Lop hoc | Van phong | Thang 8/2026',
    '| 11 | GIAI QUYET THU TUC TRUC TUYEN',
    '2.1 | 70% ho so nop truc Ho tro nguoi Huong dan nguoi dan dung tai khoan dinh danh | Ho so | Bo phan | Thuong',
    'tuyen dan nop ho so muc do 2 xuyen',
    '2.2 | toan trinh Cong khai ket qua giai quyet tren cong thong tin | Tin bai | Van phong | Hang quy',
  ].join('\n');

  it('takes the group rows for the headings 1, 2 and keeps the numbers', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1.1'],
      ['I', '1.2'],
      ['I', '1.3'],
      ['II', '2.1'],
      ['II', '2.2'],
    ]);
    expect(fold(r.tasks[0]!.content ?? '')).toContain('sach se');
  });

  it('gives the table a deadline column when its lines end with deadlines', () => {
    const r = tables(text);
    expect(r.tasks.map((t) => fold(t.deadlineText ?? '-'))).toEqual(['quy ii', 'quy iii', 'thang 8/2026', 'thuong xuyen', 'hang quy']);
  });
});

describe('the activity on a row\'s number line', () => {
  it('is the widest cell opening with a task verb', () => {
    const rest = 'Ho so duoc xu ly | Kiem tra dinh ky | Kiem tra viec tiep nhan, luan chuyen ho so | Bien ban | Van phong';
    expect(rest.slice(widestActivityStart(rest)!)).toMatch(/^Kiem tra viec/);
    expect(widestActivityStart('Tong hop ket qua ra soat, bao cao | Bao cao cua UBND | Van phong')).toBeNull();
  });
});

describe('header lines of hierarchical tables', () => {
  const at = (...l: string[]) => headerAt(textToLines(l.join('\n')), 0);

  it('takes objective and mission with two more columns as a header, its Stt damaged', () => {
    const h = at('St — Muc tieu Nhiemvu Hoatdong quaSan Chu tri Phoi hop -');
    expect(h?.roles.map((r) => r.role)).toEqual(expect.arrayContaining(['objective', 'mission', 'content', 'lead']));
  });

  it('does not take a sentence naming an objective and a mission', () => {
    expect(at('Muc tieu cua ke hoach la hoan thanh cac nhiem vu duoc giao trong nam, bao dam tien do va chat luong cong viec.')).toBeNull();
  });
});

describe('group rows with a stray dot by their numeral', () => {
  it('reads "|.1I |" before a title as a numeral between rulings', () => {
    expect(damagedGroupShape('|.1I | GIAI QUYET HO SO DUNG HAN')).toMatchObject({ token: '.1I', wrapped: true });
    expect(damagedGroupShape('|.x2 | Giai quyet ho so')).toBeNull();
  });
});
