import { describe, expect, it } from 'vitest';
import { cutMotto } from '../../src/structure/motto.js';
import { normalizeBodyName, splitBodies } from '../../src/structure/bodyName.js';
import { readNumber } from '../../src/structure/number.js';
import { readHeading, readRoman } from '../../src/structure/headings.js';
import { readDateLine } from '../../src/structure/dateLine.js';
import { readPosition, readRecipientsHeading } from '../../src/structure/signature.js';
import { isLegalBasisOpener, withoutMainClause } from '../../src/structure/legalBases.js';
import { isAppendixHeading } from '../../src/structure/appendix.js';
import { readTypeLine } from '../../src/structure/typeLine.js';
import { wordKey } from '../../src/structure/fuzzy.js';
import { isTableHeader } from '../../src/structure/tableHeader.js';
import { reconcilePlace } from '../../src/structure/spelling.js';

describe('cutMotto', () => {
  it.each([
    ['UY BAN NHAN DAN  CONG HOA XA HQI CHU NGHIA VIET NAM', 'UY BAN NHAN DAN'],
    ['THI TRAN CHQ VAM Poc lap - Tw do - Hanh phuc', 'THI TRAN CHQ VAM'],
    ['13414p - Tir do - Hunh phtic', ''],
    [' CONG HOA XA HOI CHU NGHIA VItT NAM ', ''],
    ['UBND THỊ TRẤN CHỢ VÀM Độc lập - Tự do - Hạnh phúc', 'UBND THỊ TRẤN CHỢ VÀM'],
    ['ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'ỦY BAN NHÂN DÂN'],
  ])('%s', (line, rest) => expect(cutMotto(line).rest).toBe(rest));

  it('leaves other lines alone', () => {
    expect(cutMotto('Tự do đi lại - hạnh phúc gia đình')).toEqual({ rest: 'Tự do đi lại - hạnh phúc gia đình', found: false });
    expect(cutMotto('Số: 89/KH-UBND').found).toBe(false);
  });
});

describe('normalizeBodyName', () => {
  it.each([
    ['UBND HUYỆN PHÚ TÂN', 'Ủy ban nhân dân huyện Phú Tân'],
    ['UY BAN NHAN DAN THI TRAN CHQ VAM', 'Ủy ban nhân dân thị trấn Chq Vam'],
    ['SO KE HOACH VA DAU TU.', 'Sở Kế hoạch và Đầu tư'],
    ['SỞ KH&ĐT', 'Sở Kế hoạch và Đầu tư'],
    ['SỞ NỘI VỤ', 'Sở Nội vụ'],
    ['HĐND TỈNH QUẢNG NGÃI', 'Hội đồng nhân dân tỉnh Quảng Ngãi'],
    ['PHÒNG VĂN HÓA - XÃ HỘI', 'Phòng Văn hóa - Xã hội'],
    ['PHONG TU PHAP', 'Phòng Tu phap'],
    ['ỦY BAN NHÂN DÂN PHƯỜNG NGUYỄN NGHIÊM', 'Ủy ban nhân dân phường Nguyễn Nghiêm'],
    ['UBND TP. LONG XUYÊN', 'Ủy ban nhân dân thành phố Long Xuyên'],
    ['BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP', 'Ban Quản lý các khu công nghiệp'],
    ['VĂN PHÒNG HĐND VÀ UBND HUYỆN PHÚ TÂN', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Phú Tân'],
    ['UBND QUẬN 1', 'Ủy ban nhân dân quận 1'],
  ])('%s', (raw, name) => expect(normalizeBodyName(raw)).toBe(name));
});

describe('readNumber', () => {
  it.each([
    ['Số: 89/KH-UBND', '89/KH-UBND', 'KH'],
    ['S6: 89/KH-UBND Cho Vam, ngay 05 thang 03 nam 2024', '89/KH-UBND', 'KH'],
    ['So: 68/QD-UBND', '68/QĐ-UBND', 'QĐ'],
    ['Số: 12/2024/QĐ-UBND', '12/2024/QĐ-UBND', 'QĐ'],
    ['S6: A05  /KH-SKHDT', 'A05/KH-SKHĐT', 'KH'],
    ['Số: 1234/UBND-VP', '1234/UBND-VP', null],
    ['Số: 05/CTr-UBND', '05/CTr-UBND', 'CTr'],
  ])('%s', (line, number, code) => {
    const n = readNumber(line)!;
    expect(n.number).toBe(number);
    expect(n.typeCode).toBe(code);
  });

  it('reads "Số 89/KH-UBND" without its colon only when asked, at a line start, with a capital S', () => {
    expect(readNumber('Số 89/KH-UBND')).toBeNull();
    expect(readNumber('Số 89/KH-UBND', { bareLabel: true })?.number).toBe('89/KH-UBND');
    expect(readNumber('số 766/QĐ-TTg ngày 24/6/2022 của Thủ tướng', { bareLabel: true })).toBeNull();
  });

  it('gives a null number for an unnumbered draft and ignores "số" inside sentences', () => {
    expect(readNumber('Số:      /KH-UBND')?.number).toBeNull();
    expect(readNumber('Quyết định số 766/QĐ-TTg ngày 23/6/2022')).toBeNull();
  });
});

describe('readDateLine', () => {
  it('reads place and date, not dates inside sentences', () => {
    expect(readDateLine('Chợ Vàm, ngày 05 tháng 03 năm 2024')).toEqual({ place: 'Chợ Vàm', issuedDate: '2024-03-05' });
    expect(readDateLine('Tra Vinh, ngay/13 thang 01 nam 2021')).toEqual({ place: 'Tra Vinh', issuedDate: '2021-01-13' });
    expect(readDateLine('Căn cứ Kế hoạch số 354/QĐ-UBND ngày 20 tháng 02 năm 2024 của UBND huyện')).toBeNull();
  });
});

describe('headings', () => {
  it('reads damaged roman numerals against the expected one', () => {
    expect(readRoman(readHeading('I11. KINH PHi')!, 3)).toEqual({ value: 3, doubtful: true });
    expect(readRoman(readHeading('H. NỘI DUNG')!, 2)).toEqual({ value: 2, doubtful: true });
    expect(readRoman(readHeading('IV. TO CHUC THUC HIEN')!, 4)).toEqual({ value: 4, doubtful: false });
    expect(readRoman(readHeading('I. Thực hiện các nhiệm vụ')!, 3)).toBeNull();
  });

  it('tells the kinds apart', () => {
    expect(readHeading('1. Mục đích')?.kind).toBe('arabic');
    expect(readHeading('1.2. Yêu cầu')?.kind).toBe('dotted');
    expect(readHeading('a) Đúng quy định')?.kind).toBe('letter');
    expect(readHeading('Điều 1. Ban hành kèm theo')?.kind).toBe('article');
    expect(readHeading('Dieu 2. Quyet dinh nay')?.kind).toBe('article');
    expect(readHeading('I\tBan hành văn bản')).toBeNull();
    expect(readHeading('II- NỘI DUNG')).toEqual({ kind: 'roman', printed: 'II', rest: 'NỘI DUNG' });
    expect(readHeading('II- Nội dung thực hiện')).toBeNull();
    expect(readHeading('a. Mục đích')).toEqual({ kind: 'letter', printed: 'a', rest: 'Mục đích' });
    expect(readHeading('a. và các')).toBeNull();
  });
});

describe('keywords in damaged text', () => {
  it('finds the recipients heading and positions', () => {
    expect(readRecipientsHeading('Noi nhin: CHU TICH')).toEqual({ rest: 'CHU TICH' });
    expect(readRecipientsHeading('Noi nh(on')).toEqual({ rest: '' });
    expect(readRecipientsHeading('Nơi nhận:')).toEqual({ rest: '' });
    expect(readPosition('KT. CHỦ TỊCH')?.position).toBe('KT. Chủ tịch');
    expect(readPosition('PHO CHU TICH')?.position).toBe('Phó Chủ tịch');
    expect(readPosition('TM. ỦY BAN NHÂN DÂN')).toEqual({ position: null, tm: true });
    expect(readPosition('Chủ tịch UBND phường')).toBeNull();
  });

  it('finds legal-basis openers as OCR mangles them', () => {
    for (const line of ['Căn cứ Luật', 'Can ctr K& hoach', 'Can dr Quyet dinh', 'Can cir chirc', 'Thực hiện Công văn số 1']) {
      expect(isLegalBasisOpener(line)).toBe(true);
    }
    expect(isLegalBasisOpener('Cần có sự phối hợp')).toBe(false);
  });

  it('cuts the preamble main clause off a clause that ends with "như sau"', () => {
    expect(withoutMainClause('Căn cứ chức năng, nhiệm vụ được giao, Sở Tư pháp xây dựng Kế hoạch năm 2024 như sau')).toBe(
      'Căn cứ chức năng, nhiệm vụ được giao',
    );
    expect(withoutMainClause('Căn cứ Luật Tổ chức chính quyền địa phương, Luật Ban hành văn bản')).toBe(
      'Căn cứ Luật Tổ chức chính quyền địa phương, Luật Ban hành văn bản',
    );
  });

  it('finds appendix headings but not sentences that mention one', () => {
    expect(isAppendixHeading('PHỤ LỤC')).toBe(true);
    expect(isAppendixHeading('Phu luc')).toBe(true);
    expect(isAppendixHeading('PHU LUC I: DANH MUC NHIEM VU')).toBe(true);
    expect(isAppendixHeading('phụ lục này và trên cơ sở kết quả thực hiện trong năm 2023')).toBe(false);
  });

  it('reads type lines', () => {
    expect(readTypeLine('KE HOACH')?.name).toBe('Kế hoạch');
    expect(readTypeLine('KẾ HOẠCH')?.code).toBe('KH');
    expect(readTypeLine('QUYẾT ĐỊNH:')).toBeNull();
    expect(readTypeLine('Kế hoạch số 12')).toBeNull();
  });

  it('undoes Latin-OCR letter swaps in word keys', () => {
    expect(wordKey('chirc')).toBe('chuc');
    expect(wordKey('S6:')).toBe('so');
    expect(wordKey('HQI')).toBe('hoi');
    expect(wordKey('Tw')).toBe('tu');
  });

  it('recognises table header rows', () => {
    expect(isTableHeader('Stt Noi dung chitrl | phdihep | hoan thanh thurc ?ﬂén Ghi chd')).toBe(true);
    expect(isTableHeader(' STT NOi dung cong vi?c Don vi ')).toBe(true);
    expect(isTableHeader('Stt\tNội dung công việc\tKết quả công việc\tBộ phận thực hiện\tThời gian thực hiện')).toBe(true);
    expect(isTableHeader('2. Các ngành được phân công thực hiện nội dung trong Kế hoạch')).toBe(false);
  });
});

describe('reconcilePlace', () => {
  it('takes the better reading of a place name printed twice', () => {
    expect(reconcilePlace('Ủy ban nhân dân thị trấn Chq Vam', 'Cho Vam')).toEqual({ issuer: 'Ủy ban nhân dân thị trấn Cho Vam', place: 'Cho Vam' });
    expect(reconcilePlace('Ủy ban nhân dân thị trấn Chợ Vàm', 'Cho Vam')).toEqual({ issuer: 'Ủy ban nhân dân thị trấn Chợ Vàm', place: 'Chợ Vàm' });
    expect(reconcilePlace('Ủy ban nhân dân phường Nguyễn Nghiêm', 'Phường Nguyễn Nghiêm')).toEqual({
      issuer: 'Ủy ban nhân dân phường Nguyễn Nghiêm',
      place: 'Phường Nguyễn Nghiêm',
    });
    expect(reconcilePlace('Sở Nội vụ', 'Trà Vinh')).toEqual({ issuer: 'Sở Nội vụ', place: 'Trà Vinh' });
  });
});

describe('issuer blocks split into bodies', () => {
  it('keeps a unit line with the bare head above it, even where the unit word looks like a head word (PHƯỜNG / Phòng)', () => {
    expect(splitBodies(['ỦY BAN NHÂN DÂN', 'PHƯỜNG PHÚ THỊNH'])).toEqual(['ỦY BAN NHÂN DÂN PHƯỜNG PHÚ THỊNH']);
    expect(splitBodies(['ỦY BAN NHÂN DÂN', 'XÃ TÂN AN'])).toEqual(['ỦY BAN NHÂN DÂN XÃ TÂN AN']);
    expect(splitBodies(['UBND TỈNH QUẢNG NGÃI', 'SỞ NỘI VỤ'])).toEqual(['UBND TỈNH QUẢNG NGÃI', 'SỞ NỘI VỤ']);
    expect(splitBodies(['UBND HUYỆN A', 'PHÒNG TƯ PHÁP'])).toEqual(['UBND HUYỆN A', 'PHÒNG TƯ PHÁP']);
  });
});
