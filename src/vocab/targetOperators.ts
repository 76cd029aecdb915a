/**
 * Words that set the comparison of an indicator target ("Tối thiểu 80%", "Không quá 5 ngày").
 * `before`: the phrase comes before the number; `after`: it follows it ("95% trở lên").
 * Matching folds marks and tolerates one damaged vowel in words of 4+ letters; shorter words list
 * their OCR forms ("téi" for "tối").
 */
export type TargetOp = '=' | '>=' | '<=' | '>' | '<';

export const TARGET_OPERATORS: readonly { phrases: readonly string[]; value: TargetOp; position: 'before' | 'after' }[] = [
  {
    value: '>=',
    position: 'before',
    phrases: [
      'tối thiểu', 'téi thiểu', 'tôi thiểu', 'ít nhất', 'không dưới', 'không thấp hơn', 'không ít hơn',
      'từ', 'trên hoặc bằng', 'lớn hơn hoặc bằng', 'bằng hoặc cao hơn', 'đạt tối thiểu', 'đạt ít nhất', 'đạt trên hoặc bằng',
    ],
  },
  {
    value: '<=',
    position: 'before',
    phrases: ['tối đa', 'téi đa', 'không quá', 'không vượt quá', 'không cao hơn', 'không lớn hơn', 'dưới hoặc bằng', 'nhỏ hơn hoặc bằng', 'nhiều nhất'],
  },
  { value: '<', position: 'before', phrases: ['dưới', 'thấp hơn', 'ít hơn', 'nhỏ hơn', 'giảm xuống dưới'] },
  { value: '>', position: 'before', phrases: ['trên', 'cao hơn', 'lớn hơn', 'hơn', 'vượt', 'đạt trên'] },
  { value: '=', position: 'before', phrases: ['đạt', 'bằng', 'đạt tỷ lệ', 'đạt tỉ lệ'] },
  { value: '>=', position: 'after', phrases: ['trở lên', 'trở lền'] },
  { value: '<=', position: 'after', phrases: ['trở xuống'] },
];

/** Printed comparison signs, read before the number. */
export const TARGET_SIGNS: Readonly<Record<string, TargetOp>> = {
  '≥': '>=', '>=': '>=', '=>': '>=', '≤': '<=', '<=': '<=', '=<': '<=', '>': '>', '<': '<', '=': '=',
};
