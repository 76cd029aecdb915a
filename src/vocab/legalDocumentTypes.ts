/**
 * Legal document types as cited in "Căn cứ …" clauses and task cells, with the type code of
 * their number's symbol (số ký hiệu, Nghị định 30/2020/NĐ-CP). `named` types are cited by name
 * without a number ("Luật Tổ chức chính quyền địa phương ngày 19/6/2015"). Phrases are folded
 * before matching; list an OCR form only when one damaged vowel does not cover it.
 */
export interface LegalDocumentType {
  /** the type in correct Vietnamese, as emitted */
  name: string;
  /** the type code in a number's symbol, as emitted ("QĐ"); null when such documents carry none */
  code: string | null;
  phrases: readonly string[];
  named?: boolean;
}

export const LEGAL_DOCUMENT_TYPES: readonly LegalDocumentType[] = [
  { name: 'Hiến pháp', code: null, phrases: ['hiến pháp'], named: true },
  { name: 'Bộ luật', code: null, phrases: ['bộ luật'], named: true },
  { name: 'Luật', code: null, phrases: ['luật'], named: true },
  { name: 'Pháp lệnh', code: null, phrases: ['pháp lệnh'], named: true },
  { name: 'Nghị quyết', code: 'NQ', phrases: ['nghị quyết'] },
  { name: 'Nghị định', code: 'NĐ', phrases: ['nghị định'] },
  { name: 'Quyết định', code: 'QĐ', phrases: ['quyết định', 'quyét định'] },
  { name: 'Thông tư liên tịch', code: 'TTLT', phrases: ['thông tư liên tịch'] },
  { name: 'Thông tư', code: 'TT', phrases: ['thông tư'] },
  { name: 'Chỉ thị', code: 'CT', phrases: ['chỉ thị'] },
  { name: 'Chương trình', code: 'CTr', phrases: ['chương trình'] },
  { name: 'Kế hoạch', code: 'KH', phrases: ['kế hoạch', 'ké hoạch'] },
  { name: 'Thông báo', code: 'TB', phrases: ['thông báo'] },
  { name: 'Báo cáo', code: 'BC', phrases: ['báo cáo'] },
  { name: 'Tờ trình', code: 'TTr', phrases: ['tờ trình'] },
  { name: 'Công điện', code: 'CĐ', phrases: ['công điện'] },
  { name: 'Hướng dẫn', code: 'HD', phrases: ['hướng dẫn'] },
  { name: 'Đề án', code: 'ĐA', phrases: ['đề án'] },
  { name: 'Quy chế', code: 'QC', phrases: ['quy chế'] },
  { name: 'Công văn', code: 'CV', phrases: ['công văn', 'văn bản'] },
];

/** A symbol whose first part is no type code ("1234/UBND-VX") is a Công văn. */
export const LETTER_TYPE = 'Công văn';

/** "số" between a type and its number, with OCR forms of the seeds ("s6", "sb", "sé"). */
export const NUMBER_WORDS: readonly string[] = ['số', 'so', 's6', 'sb', 'sé', 'sô', 'sd', 'sổ'];

/** "của" before the issuer, with OCR forms ("cua", "ctia", "cia", "dm" from legacy fonts). */
export const ISSUER_MARKERS: readonly string[] = ['của', 'cua', 'ctia', 'cia', 'ciia', 'caa', 'cla', 'cda', 'dm', 'ciza'];

/**
 * Words joining cited documents into one list ("Nghị định số … ngày … và Nghị định số … ngày … của
 * Chính phủ"): the issuer after the last one is the issuer of them all. A comma also joins, but
 * only inside a list whose last link is one of these.
 */
export const LIST_JOINERS: readonly string[] = ['và'];

/**
 * Words that end the issuer: the subject of the cited document begins. Keep out words one vowel
 * away from words of issuers ("trong" ~ "trưởng", "tại" ~ "Tài chính", "đã" ~ "Đà Nẵng").
 */
export const ISSUER_STOPS: readonly string[] = [
  'về', 've', 'ye', 'về việc', 'v/v', 'ban hành', 'quy định', 'hướng dẫn', 'sửa đổi', 'sửa', 'sira', 'bổ sung',
  'phê duyệt', 'phê chuẩn', 'công bố', 'triển khai', 'thực hiện', 'thi hành', 'giao', 'theo', 'nhằm', 'kèm theo',
];
