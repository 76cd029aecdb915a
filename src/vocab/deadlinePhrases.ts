/**
 * Words and phrases of deadline cells ("Thời gian hoàn thành"), each mapped to a concept the
 * deadline parser reads (src/normalize/deadline.ts). Phrases are written in correct Vietnamese;
 * matching folds marks and case and tolerates one damaged vowel per word, so "Théng", "Trudc",
 * "ndm" need no entry here. Add an OCR form only when it is further from the word than that.
 *
 * Decision: "Theo kế hoạch (của UBND tỉnh)", "Theo lộ trình …" are read as `event`: the deadline
 * is set by another document's schedule, which this plan does not bound.
 */
export type DeadlineConcept =
  | 'CONTINUOUS' // thường xuyên
  | 'EVENT' // khi có phát sinh, sau khi …, đột xuất, theo kế hoạch
  | 'EACH' // hằng / hàng / mỗi
  | 'PERIODIC' // định kỳ
  | 'TIMES' // lần ("6 tháng/lần")
  | 'ONE' // một ("6 tháng một lần")
  | 'DAY'
  | 'WEEK'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR'
  | 'BEFORE' // trước, chậm nhất, hạn chót
  | 'FROM'
  | 'TO'
  | 'AND'
  | 'FIRST' // đầu (năm)
  | 'END' // cuối (năm)
  | 'WITHIN' // trong (năm)
  | 'WHOLE' // cả (năm)
  | 'WORD'; // a word that only looks like one of the above ("quy định" is not "quý", "thông" is not "thường")

export const DEADLINE_PHRASES: readonly { phrases: readonly string[]; value: DeadlineConcept }[] = [
  {
    value: 'CONTINUOUS',
    // "Thường" and "xuyên" alone: the phrase broken over two table rows
    // "Thuamg", "Thuomg", "Thuromg": OCR forms of "thường" two edits away, seen in OCR'd plans
    phrases: ['thường xuyên', 'thường', 'xuyên', 'liên tục', 'thường xuyên liên tục', 'thuamg', 'thuomg', 'thuromg'],
  },
  {
    value: 'EVENT',
    phrases: [
      'theo', 'khi', 'sau khi', 'ngay khi', 'trong vòng', 'ngày làm việc', 'phát sinh', 'đột xuất', 'đợt xuất', 'yêu cầu', 'kể từ',
      'theo kế hoạch', 'theo lộ trình', 'theo quy định', 'theo hướng dẫn', 'theo văn bản', 'theo tiến độ', 'theo chỉ đạo', 'theo thời điểm',
    ],
  },
  { value: 'EACH', phrases: ['hằng', 'hàng', 'mỗi'] },
  { value: 'PERIODIC', phrases: ['định kỳ', 'định kì'] },
  { value: 'TIMES', phrases: ['lần'] },
  { value: 'ONE', phrases: ['một'] },
  { value: 'DAY', phrases: ['ngày', 'ngdy'] },
  { value: 'WEEK', phrases: ['tuần'] },
  { value: 'MONTH', phrases: ['tháng', 'thg'] },
  { value: 'QUARTER', phrases: ['quý', 'qui'] },
  { value: 'YEAR', phrases: ['năm', 'nim', 'ndm', 'nem', 'nǎm'] },
  { value: 'BEFORE', phrases: ['trước', 'chậm nhất', 'muộn nhất', 'hạn chót', 'không quá', 'hoàn thành trước'] },
  { value: 'FROM', phrases: ['từ', 'bắt đầu từ'] },
  { value: 'TO', phrases: ['đến', 'tới', 'cho đến', 'đến hết'] },
  { value: 'AND', phrases: ['và', 'hoặc'] },
  { value: 'FIRST', phrases: ['đầu'] },
  { value: 'END', phrases: ['cuối'] },
  { value: 'WITHIN', phrases: ['trong', 'suốt'] },
  { value: 'WHOLE', phrases: ['cả'] },
  { value: 'WORD', phrases: ['quy định', 'quy chế', 'quy trình', 'quy mô', 'quá', 'thông', 'thanh', 'thành'] },
];
