import { describe, expect, it } from 'vitest';
import { takeDeadline, type Piece } from '../../src/tables/ocrDeadline.js';

const pieces = (...texts: string[]): Piece[] => texts.map((text, line) => ({ line, text }));
const found = (...texts: string[]) => {
  const r = takeDeadline(pieces(...texts));
  return r && 'found' in r ? { text: r.found.text, rest: r.found.pieces.map((p) => p.text), line: r.found.line } : r;
};

describe('deadline of an OCR row', () => {
  it('takes deadline phrases out of the row text, OCR-damaged ones too', () => {
    expect(found('Ra soat TTHC | Cong chuc Bo phan 1 | Thuong Xuyén | Bao cao')).toEqual({
      text: 'Thuong Xuyén', rest: ['Ra soat TTHC | Cong chuc Bo phan 1 | Bao cao'], line: 0,
    });
    expect(found('Ke hoach ra soat | phu trach | Quy I nam 2024 Bao cao')?.text).toBe('Quy I nam 2024');
    expect(found('Ket qua | Théng 3/2024 | Bao cao')?.text).toBe('Théng 3/2024');
    expect(found('Cong chuc Trudc ngay 15/02/2025 Bao cao')?.text).toBe('Trudc ngay 15/02/2025');
    expect(found('Tong hop bao cao Hang thang')?.text).toBe('Hang thang');
    expect(found('Cap nhat du lieu', 'Khi co phat sinh')?.text).toBe('Khi co phat sinh');
  });

  it('joins "Thường" and "xuyên" printed on two lines of the cell', () => {
    expect(found('Cap nhat TTHC | Thuong', 'tren Cong DVC | xuyén')).toEqual({
      text: 'Thuong xuyén', rest: ['Cap nhat TTHC |', 'tren Cong DVC |'], line: 0,
    });
  });

  it('leaves alone what content sentences print: a year, a document date, "theo yêu cầu của …"', () => {
    expect(found('Ke hoach kiem soat TTHC nam 2024')).toBeNull();
    expect(found('theo Ke hoach so 10/KH-UBND ngay 08/01/2026')).toBeNull();
    expect(found('giai quyet theo yéu cau cua cá nhan, to chuc')).toBeNull();
    expect(found('thuong xuyen va lien tuc tai Bo phan')).toBeNull();
    // a range cut short ("Từ tháng 4 đến tháng" / "11/2025" on another line) is not "tháng 4"
    expect(found('UBND tinh Tir thang 4 dén thang')).toBeNull();
    expect(found('Hang quy, nam va dot')?.text).toBe('Hang quy');
    // the task cell opening the line goes on: "hằng quý" is part of it
    expect(found('Bao cao dinh ky hang quy,', 'nam ve hoat dong kiem soat')).toBeNull();
  });

  it('takes none when the row names two different deadlines', () => {
    expect(takeDeadline(pieces('Bao cao | Thuong xuyén', 'tong hop hang tuan'))).toEqual({ conflict: ['Thuong xuyén', 'hang tuan'] });
  });
});

describe('deadline cell printed over two lines', () => {
  it('completes a deadline ending a line with the year or the word ending the next line', () => {
    expect(found('Phong Noi vu | Quy III nam', 'cac don vi truc thuoc 2026')).toEqual({
      text: 'Quy III nam 2026', rest: ['Phong Noi vu |', 'cac don vi truc thuoc'], line: 0,
    });
    expect(found('Van phong UBND 6 thang dau', 'cong chuc phu trach nam 2026')?.text).toBe('6 thang dau nam 2026');
    expect(found('Bo phan Mot cua | Khi co phat', 'to dan pho sinh')?.text).toBe('Khi co phat sinh');
  });

  it('does not join a complete deadline with another row\'s below', () => {
    expect(takeDeadline(pieces('Van phong | Thuong xuyen', 'to dan pho Hang nam'))).toMatchObject({ conflict: ['Thuong xuyen', 'Hang nam'] });
    expect(found('Van phong | Quy II nam 2026', 'to dan pho 2027')?.text).toBe('Quy II nam 2026');
  });

  it('joins "Trước ngày" ending a line with the date ending a line below', () => {
    expect(found('kien nghi don ban nganh, | Trudc ngay', 'TTHC tap trung vao tai cau', 'truc quy trinh, cat giam ~ 15/8/2026')).toEqual({
      text: 'Trudc ngay 15/8/2026', rest: ['kien nghi don ban nganh, |', 'TTHC tap trung vao tai cau', 'truc quy trinh, cat giam ~'], line: 0,
    });
  });
});
