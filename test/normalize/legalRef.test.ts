import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLegalRefs } from '../../src/normalize/legalRef.js';
import { SEEDS } from '../helpers.js';

const seed = (name: string) => readFileSync(new URL(name, `file://${SEEDS}`), 'utf8').split('\n');
const ref = (type: string | null, number: string | null, issuedDate: string | null, issuer: string | null) => ({
  type, number, issuedDate, issuer,
});

describe('parseLegalRefs: seed 001 "Căn cứ" clauses', () => {
  const clauses = seed('001_4d1c5ace35da35be.txt').filter((l) => l.startsWith('Căn cứ'));
  const byNumber = (n: string) => clauses.find((c) => c.includes(n))!;

  it.each([
    ['766/QĐ-TTg', [
      ref('Quyết định', '468/QĐ-TTg', '2021-03-27', 'Thủ tướng Chính phủ'),
      ref('Quyết định', '06/QĐ-TTg', '2022-01-06', 'Thủ tướng Chính phủ'),
      ref('Quyết định', '766/QĐ-TTg', '2022-06-23', 'Thủ tướng Chính phủ'),
    ]],
    ['20/2008/NĐ-CP', [ref('Nghị định', '20/2008/NĐ-CP', '2008-02-14', 'Chính phủ')]],
    ['63/2010/NĐ-CP', [
      ref('Nghị định', '63/2010/NĐ-CP', '2010-06-08', 'Chính phủ'),
      ref('Nghị định', '48/2013/NĐ-CP', '2013-05-14', 'Chính phủ'),
      ref('Nghị định', '92/2017/NĐ-CP', '2017-08-07', 'Chính phủ'),
    ]],
    ['107/2021/NĐ-CP', [
      ref('Nghị định', '61/2018/NĐ-CP', '2018-04-23', 'Chính phủ'),
      ref('Nghị định', '107/2021/NĐ-CP', '2021-12-06', 'Chính phủ'),
      // the second mention of 61/2018/NĐ-CP inside the clause is the same document: listed once
    ]],
    ['02/2017/TT-VPCP', [
      ref('Thông tư', '02/2017/TT-VPCP', '2017-10-31', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'),
      ref('Thông tư', '01/2018/TT-VPCP', '2018-11-23', 'Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ'),
    ]],
    ['44/2022/QĐ-UBND', [
      ref('Quyết định', '44/2022/QĐ-UBND', '2022-11-24', 'UBND tỉnh'),
      ref('Quyết định', '34/2023/QĐ-UBND', '2023-08-24', 'UBND tỉnh'),
    ]],
    ['764/QĐ-UBND', [ref('Quyết định', '764/QĐ-UBND', '2024-03-12', 'Chủ tịch UBND thị xã Đức Phổ')]],
  ])('clause citing %s', (n, expected) => {
    const refs = parseLegalRefs(byNumber(n));
    expect(refs).toHaveLength(expected.length);
    expect(refs).toMatchObject(expected);
  });

  it('laws cited by name, without a number', () => {
    const refs = parseLegalRefs(byNumber('Luật Tổ chức chính quyền'));
    expect(refs).toEqual([
      { text: 'Luật Tổ chức chính quyền địa phương ngày 19/6/2015', ...ref('Luật', null, '2015-06-19', null) },
      {
        text: 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019',
        ...ref('Luật', null, '2019-11-22', null),
      },
    ]);
  });

  it('the reference text is the citation, without its subject', () => {
    expect(parseLegalRefs(byNumber('766/QĐ-TTg'))[2]!.text).toBe(
      'Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ',
    );
  });

  it('a clause continued over a blank line', () => {
    const i = clauses.findIndex((c) => c.includes('02/2017/TT-VPCP'));
    const lines = seed('001_4d1c5ace35da35be.txt');
    const start = lines.indexOf(clauses[i]!);
    const joined = lines.slice(start, start + 3).join('\n');
    expect(parseLegalRefs(joined).map((r) => r.number)).toEqual(['02/2017/TT-VPCP', '01/2018/TT-VPCP', '61/2018/NĐ-CP']);
  });
});

describe('parseLegalRefs: OCR-damaged clauses (seeds 000, 004)', () => {
  it('seed 004: legacy-font OCR', () => {
    const text = seed('004_3eab05cccacae040.txt').slice(8, 10).join('\n');
    expect(parseLegalRefs(text)).toEqual([
      {
        text: 'Quyet dinh se 71/QD-UBND ngay 13/01/2020 dm Chu tich UBND tinh',
        ...ref('Quyết định', '71/QĐ-UBND', '2020-01-13', 'Chu tich UBND tinh'),
      },
    ]);
  });

  it('seed 000: the plan\'s basis, type word unreadable, type from the symbol', () => {
    const text = seed('000_f88f020101287375.txt').slice(9, 13).join('\n');
    expect(parseLegalRefs(text)).toMatchObject([ref('Quyết định', '354/QĐ-UBND', '2024-02-20', 'UBND huyén Phi Tan')]);
  });

  it('seed 000: funding clause citing four circulars', () => {
    const text = seed('000_f88f020101287375.txt').slice(89, 99).join('\n');
    expect(parseLegalRefs(text)).toMatchObject([
      ref('Thông tư', '167/2012/TT-BTC', '2012-10-10', 'B truéng Bo Tai chinh'),
      ref('Thông tư', '26/2019/TT-BTC', '2019-05-10', 'B truéng Bo Tai chinh'),
      ref('Thông tư', '33/2022/TT-BTC', '2022-06-09', 'BO truéng B Tai chinh'),
      ref('Thông tư', '26/2019/TTBTC', null, null),
    ]);
  });
});

describe('parseLegalRefs: forms', () => {
  it.each([
    ['Căn cứ Quyết định số 766/QĐ-TTg ngày 23/6/2022 của Thủ tướng Chính phủ phê duyệt Bộ chỉ số', ref('Quyết định', '766/QĐ-TTg', '2022-06-23', 'Thủ tướng Chính phủ')],
    ['Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa', ref('Nghị định', '61/2018/NĐ-CP', '2018-04-23', 'Chính phủ')],
    ['Quyết định 31/2021/QĐ-TTg', ref('Quyết định', '31/2021/QĐ-TTg', null, null)],
    ['Nghi dinh 61/2018/ND-CP', ref('Nghị định', '61/2018/NĐ-CP', null, null)],
    ['theo Thông tư 01/2020/TT-VPCP', ref('Thông tư', '01/2020/TT-VPCP', null, null)],
    ['số 12/2023/NQ-HĐND', ref('Nghị quyết', '12/2023/NQ-HĐND', null, null)],
    ['05/CT-TTg', ref('Chỉ thị', '05/CT-TTg', null, null)],
    ['89/KH-UBND', ref('Kế hoạch', '89/KH-UBND', null, null)],
    ['12/TB-VP', ref('Thông báo', '12/TB-VP', null, null)],
    ['Công văn số 123/UBND-VX ngày 01/02/2024 của UBND tỉnh', ref('Công văn', '123/UBND-VX', '2024-02-01', 'UBND tỉnh')],
    ['456/UBND-KSTTHC', ref('Công văn', '456/UBND-KSTTHC', null, null)],
    ['Quyết định số 1/QĐ-BKHĐT ngày 2/1/2024 của Bộ trưởng Bộ Kế hoạch và Đầu tư về việc', ref('Quyết định', '1/QĐ-BKHĐT', '2024-01-02', 'Bộ trưởng Bộ Kế hoạch và Đầu tư')],
    ['Thông tư số 167/2012/TT-BTC ngày 10/10/2012 của Bộ trưởng Bộ Tài chính quy định', ref('Thông tư', '167/2012/TT-BTC', '2012-10-10', 'Bộ trưởng Bộ Tài chính')],
  ])('%s', (text, expected) => expect(parseLegalRefs(text)).toMatchObject([expected]));

  it('separated by commas', () => {
    const refs = parseLegalRefs('tại Quyết định số 1456/QĐ-UBND ngày 26/8/2015 của Chủ tịch UBND tỉnh, Quyết định số 12/QĐ-UBND ngày 01/02/2016 của UBND tỉnh');
    expect(refs).toMatchObject([
      ref('Quyết định', '1456/QĐ-UBND', '2015-08-26', 'Chủ tịch UBND tỉnh'),
      ref('Quyết định', '12/QĐ-UBND', '2016-02-01', 'UBND tỉnh'),
    ]);
  });

  it('a law cited without a date ends at the comma', () => {
    expect(parseLegalRefs('theo Luật Đất đai, các văn bản hướng dẫn; Hiến pháp năm 2013')).toEqual([
      { text: 'Luật Đất đai', ...ref('Luật', null, null, null) },
      { text: 'Hiến pháp năm 2013', ...ref('Hiến pháp', null, null, null) },
    ]);
  });

  it('no reference in plain text or bare dates', () => {
    expect(parseLegalRefs('Căn cứ chức năng, nhiệm vụ và yêu cầu công tác kiểm soát TTHC ngày 19/6/2015')).toEqual([]);
    expect(parseLegalRefs('theo quy định của pháp luật')).toEqual([]);
  });
});

describe('parseLegalRefs: an issuer shared by a list of documents', () => {
  it('gives the issuer after "và" to the document before it', () => {
    const refs = parseLegalRefs(
      'Căn cứ Nghị định số 48/2013/NĐ-CP ngày 14 tháng 5 năm 2013 và Nghị định số 92/2017/NĐ-CP ngày 07 tháng 8 năm 2017 của Chính phủ sửa đổi, bổ sung một số điều',
    );
    expect(refs).toMatchObject([
      ref('Nghị định', '48/2013/NĐ-CP', '2013-05-14', 'Chính phủ'),
      ref('Nghị định', '92/2017/NĐ-CP', '2017-08-07', 'Chính phủ'),
    ]);
  });
  it('and to every document of a comma list ending in "… và … của X"', () => {
    const refs = parseLegalRefs('Thông tư số 1/2020/TT-BTC ngày 2/1/2020, Thông tư số 5/2021/TT-BTC ngày 3/2/2021 và Thông tư số 7/2022/TT-BTC ngày 4/3/2022 của Bộ trưởng Bộ Tài chính');
    expect(refs.map((r) => r.issuer)).toEqual(['Bộ trưởng Bộ Tài chính', 'Bộ trưởng Bộ Tài chính', 'Bộ trưởng Bộ Tài chính']);
  });
  it('not across a semicolon, a comma list with no "và", or to a document naming its own issuer', () => {
    expect(parseLegalRefs('Nghị định số 48/2013/NĐ-CP ngày 14/5/2013; Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ').map((r) => r.issuer))
      .toEqual([null, 'Chính phủ']);
    expect(parseLegalRefs('Nghị định số 48/2013/NĐ-CP ngày 14/5/2013, Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ').map((r) => r.issuer))
      .toEqual([null, 'Chính phủ']);
    expect(parseLegalRefs('Quyết định số 1/QĐ-UBND ngày 2/1/2024 của UBND tỉnh và Quyết định số 3/QĐ-UBND ngày 4/1/2024 của Chủ tịch UBND huyện').map((r) => r.issuer))
      .toEqual(['UBND tỉnh', 'Chủ tịch UBND huyện']);
    expect(parseLegalRefs('Thông tư số 1/2020/TT-BTC ngày 2/1/2020, Quyết định số 3/QĐ-UBND ngày 4/1/2024 của UBND tỉnh và Quyết định số 5/QĐ-TTg ngày 6/1/2024 của Thủ tướng Chính phủ').map((r) => r.issuer))
      .toEqual([null, 'UBND tỉnh', 'Thủ tướng Chính phủ']);
    expect(parseLegalRefs('Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 quy định chi tiết và Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ').map((r) => r.issuer))
      .toEqual([null, 'Chính phủ']);
  });
});

describe('laws cited by name and number, issuers with words close to stop words', () => {
  it('reads "Luật <name> số <number>" as one reference, with a term number in the symbol', () => {
    const refs = parseLegalRefs('Căn cứ Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024;');
    expect(refs).toHaveLength(1);
    expect(refs[0]).toMatchObject({ type: 'Luật', number: '41/2024/QH15', issuedDate: '2024-06-29', text: 'Luật Bảo hiểm xã hội số 41/2024/QH15 ngày 29 tháng 6 năm 2024' });
  });
  it('does not stop an issuer at a word one letter away from a stop word', () => {
    const [ref] = parseLegalRefs('Quyết định số 1452/QĐ-BHXH ngày 20/12/2025 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam về việc ban hành');
    expect(ref!.issuer).toBe('Tổng Giám đốc Bảo hiểm xã hội Việt Nam');
    expect(parseLegalRefs('Quyết định số 12/QĐ-UBND ngày 20/12/2025 của UBND tỉnh giao chỉ tiêu')[0]!.issuer).toBe('UBND tỉnh');
  });
});
