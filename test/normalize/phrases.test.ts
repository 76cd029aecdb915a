import { describe, expect, it } from 'vitest';
import { compilePhrases, matchPhraseAt, tokenize, wordMatches } from '../../src/normalize/phrases.js';

describe('wordMatches (one damaged vowel)', () => {
  it.each([
    ['thang', 'thang', true],
    ['theng', 'thang', true], // Théng
    ['trudc', 'truoc', true], // Trudc
    ['thugng', 'thuong', true],
    ['thuimg', 'thuong', false], // two edits
    ['xuyeen', 'xuyen', true],
    ['thanh', 'thang', false], // consonant changed: another word
    ['truong', 'trong', true],
    ['thi', 'toi', false], // short words must be exact
    ['nam', 'nam', true],
  ])('%s ~ %s: %s', (observed, canonical, ok) => expect(wordMatches(observed, canonical)).toBe(ok));
});

describe('matchPhraseAt', () => {
  const phrases = compilePhrases([
    { phrases: ['không quá'], value: 'max' },
    { phrases: ['quá'], value: 'over' },
    { phrases: ['s6'], value: 'number' },
  ]);
  it('prefers the longest phrase, folded', () => {
    expect(matchPhraseAt(tokenize('KHÔNG QUÁ 5'), 0, phrases)).toEqual({ value: 'max', length: 2 });
    expect(matchPhraseAt(tokenize('Khong qua 5'), 0, phrases)).toEqual({ value: 'max', length: 2 });
  });
  it('matches phrases that mix letters and digits ("s6" for "số")', () => {
    expect(matchPhraseAt(tokenize('s6 354/QD'), 0, phrases)).toEqual({ value: 'number', length: 2 });
  });
  it('keeps token positions in the original text', () => {
    const t = tokenize('Quý  II/2025');
    expect(t.map((x) => [x.key, x.start, x.spaceBefore])).toEqual([
      ['quy', 0, false], ['ii', 5, true], ['/', 7, false], ['2025', 8, false],
    ]);
  });
});
