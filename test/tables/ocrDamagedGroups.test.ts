import { describe, expect, it } from 'vitest';
import { tables } from './textTables.js';
import { damagedGroupShape } from '../../src/tables/ocrDamagedGroups.js';
import { anchorCandidate } from '../../src/tables/ocrLines.js';

describe('damaged group rows in OCR text (tesseract psm 6, rows read across)', () => {
  it('reads "_" after a row number as a ruling', () => {
    expect(anchorCandidate('4_ | Theo doi, don doc')).toMatchObject({ token: '4', rest: 'Theo doi, don doc' });
    expect(anchorCandidate('3 _ | Theo doi')).toMatchObject({ token: '3', rest: 'Theo doi' });
  });

  it('knows the shape of a group row with a misread numeral', () => {
    expect(damagedGroupShape('|_1 | Cong tac chi dao, dieu hanh')).toMatchObject({ token: '1', wrapped: true });
    expect(damagedGroupShape('| TII | Ra soat, don gian hoa TTHC')).toMatchObject({ token: 'TII' });
    expect(damagedGroupShape('EN Cong bo, cong khai thu tuc')).toMatchObject({ token: 'EN' });
    expect(damagedGroupShape('Tiep nhan, xu ly phan anh, kien nghi')).toMatchObject({ token: '' });
    // a task row: other columns' cells after a ruling, or dates
    expect(damagedGroupShape('1 | Cap nhat du lieu | Van phong | Quy I')).toBeNull();
    expect(damagedGroupShape('2 | Bao cao ket qua truoc ngay 15/12/2024')).toBeNull();
  });

  it('takes one-line titles where the numbering starts again, or between two rows that follow each other, as groups', () => {
    const r = tables([
      'KE HOACH',
      'STT Noi dung cong viec Co quan chu tri | Co quan phoi hop | Thoi gian',
      '1| Cong tac chi dao, dieu hanh',
      '1_ | Ban hanh ke hoach kiem soat | Van phong | Thang 01/2024',
      'thu tuc hanh chinh nam 2024',
      '2_ | Kien toan doi ngu can bo | Phong Noi vu | Quy I',
      'dau moi kiem soat',
      'EN Cong bo, cong khai thu tuc hanh chinh',
      '1 | Cap nhat, niem yet cong khai | Van phong | Thuong xuyen',
      'day du, kip thoi',
      '2 | Cong khai thu tuc hanh chinh | Van phong | Thuong xuyen',
      'tren trang thong tin',
      '| 11 | Tiep nhan phan anh, kien nghi cua ca nhan',
      '3 | Tiep nhan, xu ly phan anh | Van phong | Khi co phat sinh',
      'cua nguoi dan',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1'],
      ['I', '2'],
      ['II', '1'],
      ['II', '2'],
      ['III', '3'],
    ]);
  });

  it('leaves a task row before row 1 alone when no numbering restarts', () => {
    const r = tables([
      'KE HOACH',
      'STT Noi dung cong viec Co quan chu tri | Co quan phoi hop | Thoi gian',
      'I. Cong tac chi dao dieu hanh',
      '1 | Ban hanh ke hoach kiem soat thu tuc',
      '2 | Kien toan doi ngu can bo | Phong Noi vu | Quy I',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1'],
      ['I', '2'],
    ]);
  });
});

describe('a task table whose header OCR lost', () => {
  it('is read from numbered rows with cell rulings, before any header', () => {
    const r = tables([
      'PHU LUC I',
      '(Kem theo Ke hoach so 12/KH-STP)',
      '|_1 | Cong tac chi dao, dieu hanh',
      '1 | Ban hanh Ke hoach kiem soat thu tuc hanh chinh. Van phong So Thang 3/2025',
      '2_ | Ban hanh Ke hoach ra soat, danh gia quy dinh. Van phong So',
      '3 | Kien toan doi ngu can bo, cong chuc dau moi thuc hien | Van phong So',
      'tai So.',
      'HH Ra soat, danh gia thu tuc hanh chinh',
      '1| Ra soat, danh gia thu tuc hanh chinh trong linh vuc ho tich | Phong Hanh chinh',
      '2_ | Tong hop ket qua ra soat, xay dung bao cao. Van phong So',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1'],
      ['I', '2'],
      ['I', '3'],
      ['II', '1'],
      ['II', '2'],
    ]);
  });

  it('is not read from a numbered list in prose', () => {
    const r = tables([
      'IV. TO CHUC THUC HIEN',
      '1. Van phong So theo doi, don doc thuc hien Ke hoach nay.',
      '2. Cac phong, don vi thuoc So chu dong trien khai.',
      '3. Trung tam Phuc vu hanh chinh cong phoi hop.',
      '4. Thanh tra So kiem tra viec thuc hien.',
    ].join('\n'));
    expect(r.tables).toEqual([]);
  });
});

describe('header and group lines of tables printed column by column (numbers on middle lines)', () => {
  it('takes a header\'s last line of broken cells as header, a bracket as group I, "HI" as a group', () => {
    const r = tables([
      'PHU LUC I',
      'Noi dungcong Donvichu Donvi Thoigian Ket qua/San',
      'Stt " ` X " - Ghi chu',
      'viec tri phoi hop thuc hien pham',
      '[ Thuc hien co che mot cua, mot cua lien thong',
      'Bo tri cong chuc',
      '1 lam viec tai Bo Cong chuc Quy I nam',
      'phan Mot cua xa.',
      'So hoa ho so, ket',
      '2 qua giai quyet Bo phan Thuong xuyen',
      'thu tuc hanh chinh.',
      'HI Thong tin, bao cao va tuyen truyen',
      'Bao cao tinh hinh',
      '3 ket qua kiem soat Cong chuc Hang quy',
      'thu tuc hanh chinh.',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1'],
      ['I', '2'],
      ['II', '3'],
    ]);
    expect(r.tasks[0]!.content).not.toMatch(/phoi hop thuc hien pham/);
  });
});

describe('a last row whose number was lost, in a table read across', () => {
  it('begins at a task sentence ended by a ruling, numbered after the last row', () => {
    const r = tables([
      'STT Noi dung cong viec Co quan chu tri | Co quan phoi hop | Thoi gian',
      'I. Tiep nhan, xu ly phan anh, kien nghi',
      '1 | Tiep nhan, xu ly phan anh, kien nghi cua ca nhan | Van phong So Thuong xuyen',
      'thuoc tham quyen cua So. thuoc So',
      '2_ | Bao cao ket qua xu ly ho so thu tuc hanh chinh | Van phong So Hang quy',
      'thu tuc hanh chinh cua tinh. hanh chinh cong tinh',
      'Thuc hien cac nhiem vu khac ve kiem soat thu tuc hanh chinh. | Cac phong, don | Van phong So',
      'vi thuoc So',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.group?.number, t.stt, t.content?.slice(0, 20)])).toEqual([
      ['I', '1', 'Tiep nhan, xu ly pha'],
      ['I', '2', 'Bao cao ket qua xu l'],
      ['I', '3', 'Thuc hien cac nhiem '],
    ]);
  });
});

describe('rows read across (number on the row\'s first line)', () => {
  it('gives the lines between two numbers to the row above when the next row\'s task opens on its number line', () => {
    const r = tables([
      'STT Noi dung cong viec Co quan chu | Co quan phoi | Thoi gian Ket qua',
      'tri hop hoan thanh',
      'I. Cong tac chi dao, dieu hanh',
      '1_ | Ban hanh Ke hoach kiem soat Van phong Cac co quan Thang Ke hoach',
      'thu tuc hanh chinh nam 2024 HDND va chuyen mon 01/2024 | duoc ban',
      'tren dia ban huyen UBND huyen | thuoc UBND hanh',
      'huyen',
      '2_ | Kien toan doi ngu can bo, cong | Phong Noi vu | UBND cac xa, Quy I nam | Quyet dinh',
      'chuc dau moi thuc hien nhiem thi tran 2024 kien toan',
      'vu kiem soat thu tuc hanh chinh',
      '3 | To chuc tap huan nghiep vu Van phong Phong Tu phap; | Quy II nam | Hoi nghi tap',
      'kiem soat thu tuc hanh chinh cho | HDND va UBND cac xa, 2024 huan',
    ].join('\n'));
    expect(r.tasks.map((t) => t.content?.split(' ').slice(0, 3).join(' '))).toEqual(['Ban hanh Ke', 'Kien toan doi', 'To chuc tap']);
    expect(r.tasks[0]!.content).toMatch(/huyen$/);
  });
});

describe('a headerless table numbered in levels', () => {
  it('counts 1, 1.1, 1.2, 2 as rows of one table', () => {
    const r = tables([
      'PHU LUC I',
      '|_1 | Thuc hien co che mot cua, mot cua lien thong',
      '1 | Thuc hien co che mot cua tai Bo phan Mot cua',
      '1.1 | Bo tri cong chuc lam viec tai Bo phan Mot cua | Cong chuc Van phong',
      '1.2 | Huong dan nguoi dan nop ho so truc tuyen | Bo phan Mot cua',
      '2_ | So hoa ho so, ket qua giai quyet thu tuc | Bo phan Mot cua',
    ].join('\n'));
    expect(r.tasks.map((t) => [t.group?.number, t.stt])).toEqual([
      ['I', '1'],
      ['I', '1.1'],
      ['I', '1.2'],
      ['I', '2'],
    ]);
  });
});
