import { describe, expect, it } from 'vitest';
import { groupLetter, groupLetterOf, groupLetterValue, parseStt, romanNumeral, successorCost } from '../../src/tables/numbering.js';
import { anchorCandidate, groupLine, isCapsTitle } from '../../src/tables/ocrLines.js';
import { chooseAnchors } from '../../src/tables/anchorChain.js';

describe('romanNumeral', () => {
  it.each([
    ['I', 'I'], ['II', 'II'], ['I1', 'II'], ['I11', 'III'], ['IV.', 'IV'], ['VI11', 'VIII'], ['v', 'V'], ['XII', 'XII'],
    ['1', null], ['11', null], ['IIII', null], ['Ke', null],
  ])('%s → %s', (token, numeral) => expect(romanNumeral(token)).toBe(numeral));
});

describe('groupLine', () => {
  it('reads group rows with damaged numerals', () => {
    expect(groupLine('I1. Cong bd, cong khai kip thoi')).toMatchObject({ numeral: 'II', title: 'Cong bd, cong khai kip thoi' });
    expect(groupLine('VI11. Pay manh cong tac')).toMatchObject({ numeral: 'VIII' });
    expect(groupLine('VII | HIEN PAI HOA PHUONG THUC')).toMatchObject({ numeral: 'VII', title: 'HIEN PAI HOA PHUONG THUC' });
    expect(groupLine(' III')).toMatchObject({ numeral: 'III', titleOnNext: true });
  });
  it('leaves body lines alone', () => {
    expect(groupLine('vi - UBND cép huyén.')).toBeNull();
    expect(groupLine('X ) " h BND :')).toBeNull();
    expect(groupLine('1. Thué tru sé')).toBeNull();
  });
  it('knows a capital title', () => {
    expect(isCapsTitle("THU'C HIEN CONG BO, CONG KHAI TTHC")).toBe(true);
    expect(isCapsTitle('Thuc hién cong bd, cong khai TTHC')).toBe(false);
  });
});

describe('row numbers', () => {
  it('parses Stt paths', () => {
    expect(parseStt('1.2.')).toEqual([1, 2]);
    expect(parseStt('12')).toEqual([12]);
    expect(parseStt('a')).toBeNull();
  });
  it('finds row-number candidates at line starts, not dates or percentages', () => {
    expect(anchorCandidate('2. | TTHC nam 2024')).toMatchObject({ token: '2', ruled: true, rest: 'TTHC nam 2024' });
    expect(anchorCandidate('1.1 | Phoi hop xay dung')).toMatchObject({ token: '1.1' });
    expect(anchorCandidate('12 | Phol ho’p')?.readings.map((r) => r.path)).toEqual([[12], [1, 2]]);
    expect(anchorCandidate('100% hd so')).toBeNull();
    expect(anchorCandidate('02/2024')).toBeNull();
    expect(anchorCandidate('Ke hoach 2024')).toBeNull();
  });
  it('scores plausible successors', () => {
    expect(successorCost([1], [2])).toBe(0);
    expect(successorCost([1], [1, 1])).toBe(0);
    expect(successorCost([1, 3], [2])).toBeCloseTo(0.2);
    expect(successorCost([1, 3], [2, 1])).toBeCloseTo(0.8); // heading "2" lost
    expect(successorCost([3], [2])).toBeNull();
    expect(successorCost([3], [9])).toBeNull();
  });
  it('picks the numbering sequence over a numbered list inside a cell', () => {
    const lines = ['2. | Doi moi co che', '21 RO i phu trach', '1. Thue tru so', '2. Huong dan', '3. Tiep nhan', '4. So hoa', '5. Luan chuyen', '2.2 | phan mot cua', '2.3 Tang nang suat', '2.4 | hen gio'];
    const chosen = chooseAnchors(lines.map((l) => anchorCandidate(l)!), [1, 10]);
    expect(chosen.map((c) => c.path.join('.'))).toEqual(['2', '2.1', '2.2', '2.3', '2.4']);
  });
});

describe('group letters', () => {
  it('reads A, B … Đ as group letters in the order Vietnamese lists use, and nothing else', () => {
    expect(['A.', 'B', 'Đ.', 'E'].map(groupLetter)).toEqual(['A', 'B', 'Đ', 'E']);
    expect(['Z', 'AB', '1', 'a'].map(groupLetter)).toEqual([null, null, null, null]);
    expect([groupLetterValue('D'), groupLetterValue('Đ'), groupLetterValue('E')]).toEqual([4, 5, 6]);
    expect([1, 5, 6].map(groupLetterOf)).toEqual(['A', 'Đ', 'E']);
  });
});
