/**
 * The structure stage on the five seeds. Every value asserted here was checked by hand against
 * the seed text. Seeds 000 and 004 are OCR without marks: the stage returns what the damaged text
 * says (restoring marks is the repair stage's job), except where a vocabulary table gives the
 * form (document type, "Ủy ban nhân dân", unit words, positions, codes such as QĐ/HĐND).
 */
import { describe, expect, it } from 'vitest';
import { seedText, structureOf, stripMarks, ruleIds } from './helpers.js';

describe('seed 000 (town plan, marks lost by OCR, header columns interleaved)', () => {
  const { s, diagnostics } = structureOf(seedText('000'));
  const d = s.document;

  it('reads the header', () => {
    expect(d.number).toBe('89/KH-UBND');
    expect(d.typeCode).toBe('KH');
    expect(d.type).toBe('Kế hoạch');
    expect(d.issuedDate).toBe('2024-03-05');
    expect(d.place).toBe('Cho Vam');
    // "UY BAN NHAN DAN  CONG HOA …" / "THI TRAN CHQ VAM Poc lap - Tw do - Hanh phuc": motto cut out
    expect(d.issuer).toBe('Ủy ban nhân dân thị trấn Cho Vam'); // "CHQ" (impossible spelling) yields to the date line's "Cho"
    expect(d.parentIssuer).toBeNull();
    expect(d.title).toBe(
      'T6 chirc hoat ddng kiém soat thii tuc hanh chinh va thue hién co ché mot cira, mQt cira lién thong trén dia ban thi tran nam 2024',
    );
    expect(d.year).toBe(2024);
    expect(s.wrapper).toBeNull();
  });

  it('splits the signer position off "Noi nhin: CHU TICH" and reads the recipients', () => {
    expect(d.signer).toEqual({ position: 'Chủ tịch', name: null });
    expect(d.recipients).toEqual(['Vin phong HĐND&UBND huyén', 'TT.Pang ty, HĐND, UBND thj tran', 'Cac nganh thugc UBND thj tran', 'Luu: VT']);
  });

  it('reads the one legal basis across its wrapped lines', () => {
    expect(s.legalBases).toHaveLength(1);
    expect(s.legalBases[0]!.text).toMatch(/^Can ctr K& hoach s6 354\/QD-UBND ngay 20 thang 02 nim 2024 cua UBND huyén Phi Tan .* huyén nam 2024$/);
    expect(s.legalBases[0]!.place).toEqual({ page: 1, line: 10 });
  });

  it('builds the section tree and reads the damaged "I11." as III', () => {
    expect(s.sections.map((x) => x.number)).toEqual(['I', 'II', 'III', 'IV']);
    expect(s.sections.map((x) => x.title)).toEqual(['MUC PiCH, YEU CAU', 'NOI DUNG THUC HIEN', 'KINH PHi', 'TO CHUC THUC HIEN']);
    expect(s.sections[0]!.text).toMatch(/^- T6 chirc thue hién dat hiéu qua/);
    expect(s.sections[1]!.children.map((x) => x.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(s.sections[1]!.children[0]!.title).toBe('Thyc hién cac nhiém vu chi dao trong hoat dong kiém soat TTHC');
    expect(s.sections[3]!.children).toHaveLength(3);
    expect(ruleIds(diagnostics)).toContain('structure/doubtful-numeral');
  });

  it('starts the appendix at the "PHU LUC" line and keeps its table out of the sections', () => {
    expect(s.appendixStart).toBe(130);
    expect(JSON.stringify(s.sections)).not.toContain('Stt Noi dung');
  });
});

describe('seed 001 (ward decision issuing a plan, clean Unicode)', () => {
  const { s, diagnostics } = structureOf(seedText('001'));

  it('describes the plan as the document and the decision as the wrapper', () => {
    expect(s.document).toEqual({
      type: 'Kế hoạch',
      typeCode: 'KH',
      number: null,
      issuer: 'Ủy ban nhân dân phường Nguyễn Nghiêm',
      parentIssuer: null,
      place: 'Phường Nguyễn Nghiêm',
      issuedDate: '2024-03-12',
      year: 2024,
      title: 'Hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn phường Nguyễn Nghiêm',
      signer: { position: 'Chủ tịch', name: 'Đỗ Ngọc Thìn' },
      recipients: ['Như Điều 4', 'Văn phòng HĐND & UBND thị xã', 'TT Đảng ủy, HĐND phường', 'CT, PCT UBND phường', 'Lưu: VT'],
    });
    expect(s.wrapper).toEqual({
      type: 'Quyết định',
      typeCode: 'QĐ',
      number: '68/QĐ-UBND',
      issuedDate: '2024-03-12',
      title: 'Ban hành Kế hoạch hoạt động kiểm soát thủ tục hành chính năm 2024 trên địa bàn phường Nguyễn Nghiêm',
    });
  });

  it('reads ten "Căn cứ" clauses, one joined across a blank line', () => {
    expect(s.legalBases).toHaveLength(10);
    expect(s.legalBases.every((b) => b.text.startsWith('Căn cứ'))).toBe(true);
    const thongTu = s.legalBases.find((b) => b.text.includes('02/2017/TT-VPCP'))!;
    expect(thongTu.text).toMatch(/quy định của Nghị định số 61\/2018\/NĐ-CP .* giải quyết thủ tục hành chính$/);
    expect(s.legalBases.some((b) => b.text.includes('Theo đề nghị'))).toBe(false);
  });

  it("takes the decision's articles as sections and the plan's table is not a section", () => {
    expect(s.sections.map((x) => x.number)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4']);
    expect(s.sections[2]!.title).toBe('Quyết định này có hiệu lực thi hành kể từ ngày ký');
  });

  it('starts the appendix at "Phụ lục"', () => {
    expect(s.appendixStart).toBe(132);
    expect(diagnostics.filter((x) => x.severity === 'warning')).toEqual([]);
  });
});

describe('seed 002 (appendix only)', () => {
  const { s, diagnostics } = structureOf(seedText('002'));
  it('has no header, says so, and is appendix from line 1', () => {
    expect(s.document.number).toBeNull();
    expect(s.document.type).toBeNull();
    expect(s.document.year).toBeNull(); // no "năm …" printed anywhere
    expect(s.sections).toEqual([]);
    expect(s.appendixStart).toBe(0);
    expect(ruleIds(diagnostics)).toEqual(expect.arrayContaining(['structure/no-number', 'structure/no-date', 'structure/no-issuer', 'structure/no-title']));
  });
});

describe('seed 003 (bare task table)', () => {
  const { s } = structureOf(seedText('003'));
  it('takes the year from the body ("… TRONG TAM NAM 2025") and treats the table as appendix', () => {
    expect(s.document.year).toBe(2025);
    expect(s.document.number).toBeNull();
    expect(s.sections).toEqual([]);
    expect(s.appendixStart).toBe(0);
  });
});

describe('seed 004 (department plan, legacy-font OCR, issuer block inside the body)', () => {
  const { s, diagnostics } = structureOf(seedText('004'));
  const d = s.document;

  it('reads the header block found after the body start', () => {
    expect(d.number).toBe('A05/KH-SKHĐT');
    expect(d.typeCode).toBe('KH');
    expect(d.type).toBe('Kế hoạch');
    expect(d.issuer).toBe('Sở Kế hoạch và Đầu tư');
    expect(d.parentIssuer).toBe('Ủy ban nhân dân tỉnh Tra Vinh');
    expect(d.place).toBe('Tra Vinh');
    expect(d.issuedDate).toBe('2021-01-13');
    expect(d.title).toBe('Kiem seat thu tuc hanh chinh nam 2021');
    expect(d.year).toBe(2021);
    expect(ruleIds(diagnostics)).toContain('structure/doubtful-number');
  });

  it('reads the signer name and recipients (no position printed)', () => {
    expect(d.signer).toEqual({ position: null, name: "Vtro'ng Hai Khoa" });
    expect(d.recipients).toEqual(['VP UBND tinh', 'Phong ĐKKD', 'TT XTĐT&HTDN', 'Luu: VT.Kn.03']);
  });

  it('reads both "Can dr" / "Can cir" clauses, the second without the main clause OCR ran into it', () => {
    expect(s.legalBases.map((b) => b.place.line)).toEqual([9, 12]);
    expect(s.legalBases[1]!.text).toBe("Can cir chirc 'fang, nhiem vu va yeu cAu ding tac kiem soat thu tic hanh chinh");
    expect(s.legalBases[0]!.text).toBe(
      'Can dr Quyet dinh se 71/QD-UBND ngay 13/01/2020 dm Chu tich UBND tinh ye viec ban hanh ke hoach kiem soat thu tuc hanh chinh tinh Tra Vinh nam 2021',
    );
  });

  it('keeps the issuer block and the inline table out of section II', () => {
    expect(s.sections.map((x) => [x.number, x.title])).toEqual([
      ['I', 'MVC DiCH, YEU CAU'],
      ['II', 'NOI DUNG'],
      ['III', "TO CHI5'C THVC HItN"],
    ]);
    expect(s.sections[0]!.children.map((x) => x.title)).toEqual(['Muc dich', 'Yeu can']);
    expect(s.sections[1]!.text).toBe(
      'Trong nam 2021, thkrc hien nhiem v1.1 kiem soat thu tuc hanh chinh va thgc hien ca the mOt cira, mOt dm lien thong, SO Ke hoach va Dau tu tap trung th‘rc hien cac nhiem vu sau:',
    );
    expect(s.sections[1]!.children).toEqual([]);
    expect(s.sections[2]!.children.map((x) => x.number)).toEqual(['1', '2']);
    expect(s.appendixStart).toBeNull();
  });
});

describe('seed 001 with its marks stripped', () => {
  const { s } = structureOf(stripMarks(seedText('001')));
  it('finds the same structure; vocabulary words keep their proper form', () => {
    expect(s.wrapper).toEqual({
      type: 'Quyết định',
      typeCode: 'QĐ',
      number: '68/QĐ-UBND',
      issuedDate: '2024-03-12',
      title: 'Ban hanh Ke hoach hoat dong kiem soat thu tuc hanh chinh nam 2024 tren dia ban phuong Nguyen Nghiem',
    });
    expect(s.document.type).toBe('Kế hoạch');
    expect(s.document.issuer).toBe('Ủy ban nhân dân phường Nguyen Nghiem');
    expect(s.document.place).toBe('Phường Nguyen Nghiem');
    expect(s.document.title).toBe('Hoat dong kiem soat thu tuc hanh chinh nam 2024 tren dia ban phuong Nguyen Nghiem');
    expect(s.document.signer).toEqual({ position: 'Chủ tịch', name: 'Do Ngoc Thin' });
    expect(s.document.recipients).toEqual(['Nhu Dieu 4', 'Van phong HĐND & UBND thi xa', 'TT Dang uy, HĐND phuong', 'CT, PCT UBND phuong', 'Luu: VT']);
    expect(s.legalBases).toHaveLength(10);
    expect(s.sections.map((x) => x.number)).toEqual(['Điều 1', 'Điều 2', 'Điều 3', 'Điều 4']);
    expect(s.appendixStart).toBe(132);
  });
});
