/**
 * The structure stage on small synthetic documents written in correct Vietnamese, and the same
 * text with its marks stripped (what a Latin OCR model or a typist without marks gives).
 */
import { describe, expect, it } from 'vitest';
import { structureOf, stripMarks, ruleIds } from './helpers.js';

const PLAN = [
  'UBND HUYỆN PHÚ TÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'UBND THỊ TRẤN CHỢ VÀM\tĐộc lập - Tự do - Hạnh phúc',
  '-------\t---------------',
  'Số: 89/KH-UBND\tChợ Vàm, ngày 05 tháng 03 năm 2024',
  '',
  'KẾ HOẠCH',
  'Tổ chức hoạt động kiểm soát thủ tục hành chính',
  'trên địa bàn thị trấn năm 2024',
  '',
  'Căn cứ Kế hoạch số 354/KH-UBND ngày 20/02/2024 của UBND huyện Phú Tân về việc ban hành',
  'Kế hoạch kiểm soát thủ tục hành chính năm 2024;',
  'Thực hiện Công văn số 12/UBND-VP ngày 01/3/2024 của UBND huyện,',
  'Ủy ban nhân dân thị trấn Chợ Vàm xây dựng Kế hoạch như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '1. Mục đích',
  '- Thực hiện có hiệu quả công tác kiểm soát thủ tục hành chính.',
  '2. Yêu cầu',
  'a) Đúng quy định;',
  'b) Kịp thời.',
  'II. NỘI DUNG',
  '(Chi tiết tại Phụ lục kèm theo)',
  'III. TỔ CHỨC THỰC HIỆN',
  'Giao công chức Văn phòng - Thống kê theo dõi, đôn đốc thực hiện./.',
  'Nơi nhận:\tKT. CHỦ TỊCH',
  '- Văn phòng HĐND&UBND huyện;\tPHÓ CHỦ TỊCH',
  '- Lưu: VT.',
  '\tNguyễn Văn An',
  '',
  'PHỤ LỤC',
  'STT\tNội dung\tCơ quan chủ trì\tThời gian hoàn thành',
  '1\tRà soát thủ tục hành chính\tVăn phòng\tQuý II năm 2024',
].join('\n');

describe('a plan in correct Vietnamese', () => {
  const { s, diagnostics } = structureOf(PLAN);

  it('reads every header field', () => {
    expect(s.document).toEqual({
      type: 'Kế hoạch',
      typeCode: 'KH',
      number: '89/KH-UBND',
      issuer: 'Ủy ban nhân dân thị trấn Chợ Vàm',
      parentIssuer: 'Ủy ban nhân dân huyện Phú Tân',
      place: 'Chợ Vàm',
      issuedDate: '2024-03-05',
      year: 2024,
      title: 'Tổ chức hoạt động kiểm soát thủ tục hành chính trên địa bàn thị trấn năm 2024',
      signer: { position: 'KT. Chủ tịch / Phó Chủ tịch', name: 'Nguyễn Văn An' },
      recipients: ['Văn phòng HĐND&UBND huyện', 'Lưu: VT'],
    });
    expect(s.wrapper).toBeNull();
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('reads the legal bases, the sections and the appendix start', () => {
    expect(s.legalBases.map((b) => b.text)).toEqual([
      'Căn cứ Kế hoạch số 354/KH-UBND ngày 20/02/2024 của UBND huyện Phú Tân về việc ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024',
      'Thực hiện Công văn số 12/UBND-VP ngày 01/3/2024 của UBND huyện',
    ]);
    expect(s.sections).toEqual([
      {
        number: 'I',
        title: 'MỤC ĐÍCH, YÊU CẦU',
        text: null,
        children: [
          { number: '1', title: 'Mục đích', text: '- Thực hiện có hiệu quả công tác kiểm soát thủ tục hành chính.', children: [] },
          {
            number: '2',
            title: 'Yêu cầu',
            text: null,
            children: [
              { number: 'a', title: 'Đúng quy định', text: null, children: [] },
              { number: 'b', title: 'Kịp thời', text: null, children: [] },
            ],
          },
        ],
      },
      { number: 'II', title: 'NỘI DUNG', text: '(Chi tiết tại Phụ lục kèm theo)', children: [] },
      { number: 'III', title: 'TỔ CHỨC THỰC HIỆN', text: 'Giao công chức Văn phòng - Thống kê theo dõi, đôn đốc thực hiện./.', children: [] },
    ]);
    expect(s.appendixStart).toBe(28);
  });
});

describe('the same plan with its marks stripped', () => {
  const { s } = structureOf(stripMarks(PLAN));

  it('reads the same fields; vocabulary words come back in their proper form', () => {
    const d = s.document;
    expect(d.number).toBe('89/KH-UBND');
    expect(d.type).toBe('Kế hoạch');
    expect(d.issuedDate).toBe('2024-03-05');
    expect(d.place).toBe('Cho Vam');
    expect(d.issuer).toBe('Ủy ban nhân dân thị trấn Cho Vam');
    expect(d.parentIssuer).toBe('Ủy ban nhân dân huyện Phu Tan');
    expect(d.title).toBe('To chuc hoat dong kiem soat thu tuc hanh chinh tren dia ban thi tran nam 2024');
    expect(d.year).toBe(2024);
    expect(d.signer).toEqual({ position: 'KT. Chủ tịch / Phó Chủ tịch', name: 'Nguyen Van An' });
    expect(d.recipients).toEqual(['Van phong HĐND&UBND huyen', 'Luu: VT']);
    expect(s.legalBases).toHaveLength(2);
    expect(s.sections.map((x) => x.number)).toEqual(['I', 'II', 'III']);
    expect(s.appendixStart).toBe(28);
  });
});

describe('header columns in PDF reading order (left column, then right column)', () => {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH AN GIANG',
    'SỞ KH&ĐT',
    'Số: 15/KH-SKHĐT',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'An Giang, ngày 10 tháng 01 năm 2025',
    'KẾ HOẠCH',
    'KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2025',
    'Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2025 của UBND tỉnh;',
    'I. MỤC TIÊU',
    'Nâng cao chất lượng giải quyết thủ tục hành chính.',
    'Nơi nhận:',
    '- UBND tỉnh;',
    '- Lưu: VT, VP.',
    'GIÁM ĐỐC',
    'TRẦN VĂN BÌNH',
  ].join('\n');
  const { s } = structureOf(text);

  it('expands SỞ KH&ĐT, splits parent and issuer, sentence-cases a title in capitals', () => {
    expect(s.document.issuer).toBe('Sở Kế hoạch và Đầu tư');
    expect(s.document.parentIssuer).toBe('Ủy ban nhân dân tỉnh An Giang');
    expect(s.document.number).toBe('15/KH-SKHĐT');
    expect(s.document.place).toBe('An Giang');
    expect(s.document.issuedDate).toBe('2025-01-10');
    expect(s.document.title).toBe('Kiểm soát thủ tục hành chính năm 2025');
    expect(s.document.signer).toEqual({ position: 'Giám đốc', name: 'Trần Văn Bình' });
    expect(s.sections).toEqual([{ number: 'I', title: 'MỤC TIÊU', text: 'Nâng cao chất lượng giải quyết thủ tục hành chính.', children: [] }]);
  });
});

describe('a decision alone, issuing a plan that is not in the file', () => {
  const text = [
    'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'XÃ TÂN HÒA\tĐộc lập - Tự do - Hạnh phúc',
    'Số: 20/QĐ-UBND\tTân Hòa, ngày 02 tháng 02 năm 2024',
    'QUYẾT ĐỊNH',
    'Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024',
    'CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN HÒA',
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;',
    'QUYẾT ĐỊNH:',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch kiểm soát thủ tục hành chính năm 2024.',
    'Điều 2. Quyết định có hiệu lực kể từ ngày ký.',
    'Nơi nhận:',
    '- Như Điều 2;',
    'CHỦ TỊCH',
    'Lê Thị Hoa',
  ].join('\n');

  it('makes the decision the wrapper and the plan it issues the document', () => {
    const { s } = structureOf(text);
    expect(s.wrapper).toEqual({
      type: 'Quyết định',
      typeCode: 'QĐ',
      number: '20/QĐ-UBND',
      issuedDate: '2024-02-02',
      title: 'Ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024',
    });
    expect(s.document.type).toBe('Kế hoạch');
    expect(s.document.title).toBe('Kiểm soát thủ tục hành chính năm 2024');
    expect(s.document.issuer).toBe('Ủy ban nhân dân xã Tân Hòa');
    expect(s.document.signer).toEqual({ position: 'Chủ tịch', name: 'Lê Thị Hoa' });
    expect(s.sections.map((x) => x.number)).toEqual(['Điều 1', 'Điều 2']);
    expect(s.legalBases).toHaveLength(1);
  });
});

describe('a plan attached to a decision that is not in the file', () => {
  it('takes the wrapper and the date from the note under the title', () => {
    const text = [
      'KẾ HOẠCH',
      'Kiểm soát thủ tục hành chính năm 2024',
      '(Ban hành kèm theo Quyết định số 30/QĐ-UBND ngày 15/01/2024',
      'của UBND huyện Châu Thành)',
      'I. MỤC ĐÍCH',
      'Nâng cao chất lượng.',
    ].join('\n');
    const { s, diagnostics } = structureOf(text);
    expect(s.wrapper).toEqual({ type: 'Quyết định', typeCode: 'QĐ', number: '30/QĐ-UBND', issuedDate: '2024-01-15', title: null });
    expect(s.document.issuedDate).toBe('2024-01-15');
    expect(s.document.issuer).toBe('Ủy ban nhân dân huyện Châu Thành');
    expect(s.document.number).toBeNull();
    expect(ruleIds(diagnostics)).not.toContain('structure/no-number');
    expect(s.sections).toHaveLength(1);
  });
});

describe('diagnostics', () => {
  it('reports what is missing with rule ids', () => {
    const { diagnostics } = structureOf('\nMột dòng không có gì.');
    expect(ruleIds(diagnostics)).toEqual(
      expect.arrayContaining(['structure/no-type', 'structure/no-number', 'structure/no-date', 'structure/no-issuer', 'structure/no-title']),
    );
    expect(diagnostics.every((d) => d.place?.line === 2)).toBe(true);
  });

  it('places a doubtful number at its line', () => {
    const { diagnostics } = structureOf('UBND TỈNH TRÀ VINH\nSỞ NỘI VỤ\nSố: 1O5/KH-SNV\nKẾ HOẠCH\nKiểm soát TTHC năm 2024');
    const d = diagnostics.find((x) => x.ruleId === 'structure/doubtful-number');
    expect(d?.place).toEqual({ page: 1, line: 3 });
  });
});

describe('edge cases', () => {
  it('ends a title after a line that closes with a full stop', () => {
    const { s } = structureOf(['KẾ HOẠCH', 'Kiểm soát thủ tục hành chính năm 2024.', 'Nhằm nâng cao chất lượng phục vụ.'].join('\n'));
    expect(s.document.title).toBe('Kiểm soát thủ tục hành chính năm 2024');
  });

  it('does not take a title in capitals starting with "BAN HÀNH" for an authority line', () => {
    const { s } = structureOf(['Số: 3/QĐ-UBND', 'QUYẾT ĐỊNH', 'BAN HÀNH KẾ HOẠCH KIỂM SOÁT THỦ TỤC HÀNH CHÍNH NĂM 2024', 'ỦY BAN NHÂN DÂN XÃ AN BÌNH', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;'].join('\n'));
    expect(s.wrapper?.title).toBe('Ban hành kế hoạch kiểm soát thủ tục hành chính năm 2024');
    expect(s.document.issuer).toBe('Ủy ban nhân dân xã An Bình');
    expect(s.document.type).toBe('Kế hoạch');
  });

  it('finds the signature after the appendix heading when pages came out of order', () => {
    const text = ['KẾ HOẠCH', 'Kiểm soát thủ tục hành chính năm 2024', 'I. MỤC ĐÍCH', 'Nâng cao.', 'PHỤ LỤC', 'STT\tNội dung\tCơ quan chủ trì', 'Nơi nhận:', '- Lưu: VT.', 'CHỦ TỊCH', 'Phạm Văn Tư'].join('\n');
    const { s } = structureOf(text);
    expect(s.document.signer).toEqual({ position: 'Chủ tịch', name: 'Phạm Văn Tư' });
    expect(s.appendixStart).toBe(4);
  });

  it('reads a foot whose columns are apart by spaces, and drops page numbers from section text', () => {
    const text = [
      'KẾ HOẠCH',
      'Kiểm soát thủ tục hành chính năm 2024',
      'I. MỤC ĐÍCH',
      'Nâng cao chất lượng',
      '2',
      'giải quyết thủ tục hành chính.',
      'Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN',
      '- Như trên;                                 CHỦ TỊCH',
      '- Lưu: VT.',
      '                                            Hồ Văn Năm',
    ].join('\n');
    const { s } = structureOf(text);
    expect(s.document.signer).toEqual({ position: 'Chủ tịch', name: 'Hồ Văn Năm' });
    expect(s.document.recipients).toEqual(['Như trên', 'Lưu: VT']);
    expect(s.sections[0]!.text).toBe('Nâng cao chất lượng giải quyết thủ tục hành chính.');
  });

  it('flags an issuer with a word no Vietnamese spelling allows', () => {
    const { diagnostics } = structureOf(['UBND TINH AN GIANG', 'UBND XA HQA BINH', 'S6: 5/KH-UBND', 'KE HOACH', 'Kiem soat TTHC nam 2024'].join('\n'));
    expect(ruleIds(diagnostics)).toContain('structure/doubtful-read');
  });

  it('reads a header whose words wrap as a LibreOffice PDF text layer gives them', () => {
    const text = [
      'UỶ BAN NHÂN',
      'DÂN',
      'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT',
      'NAM',
      'HUYỆN PHÚ TÂN Độc lập - Tự do - Hạnh phúc',
      'UỶ BAN NHÂN',
      'DÂN XÃ PHÚ AN',
      'Số: 112/KH-UBND Phú An, ngày 12 tháng 01 năm 2024',
      'KẾ HOẠCH',
      'Kiểm soát thủ tục hành chính năm 2024',
    ].join('\n');
    const { s } = structureOf(text);
    expect(s.document.parentIssuer).toBe('Ủy ban nhân dân huyện Phú Tân');
    expect(s.document.issuer).toBe('Ủy ban nhân dân xã Phú An');
    expect(s.document.place).toBe('Phú An');
    expect(s.document.number).toBe('112/KH-UBND');
  });

  it('reads a decision titled "Về việc ban hành Kế hoạch …" and a foot with "(Đã ký)" and seal text', () => {
    const text = [
      'Số: 7/QĐ-UBND',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Kế hoạch cải cách hành chính năm 2025',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025.',
      'Nơi nhận:',
      '- Như Điều 1;',
      '- Lưu: VT.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      '(Đã ký)',
      'UY BAN NHAN',
      'Ngô Thị Lan',
    ].join('\n');
    const { s } = structureOf(text);
    expect(s.document.type).toBe('Kế hoạch');
    expect(s.document.title).toBe('Cải cách hành chính năm 2025');
    expect(s.document.year).toBe(2025);
    expect(s.wrapper?.number).toBe('7/QĐ-UBND');
    expect(s.document.signer).toEqual({ position: 'KT. Chủ tịch / Phó Chủ tịch', name: 'Ngô Thị Lan' });
  });
});
