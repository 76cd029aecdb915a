/**
 * Vietnamese administrative document types (Nghị định 30/2020/NĐ-CP, Phụ lục III) with the
 * code used in the number's symbol ("89/KH-UBND"). `name` is the normal-case output form;
 * matching goes through a folded, OCR-tolerant key, so "KE HOACH" and "Ké hoach" find "Kế hoạch".
 */
export interface DocumentType {
  name: string;
  code: string | null;
  /** a plan-like document (what tthc-parse describes), as opposed to a decision that issues one */
  plan: boolean;
}

export const DOCUMENT_TYPES: readonly DocumentType[] = [
  { name: 'Kế hoạch', code: 'KH', plan: true },
  { name: 'Chương trình', code: 'CTr', plan: true },
  { name: 'Đề án', code: 'ĐA', plan: true },
  { name: 'Phương án', code: 'PA', plan: true },
  { name: 'Quyết định', code: 'QĐ', plan: false },
  { name: 'Chỉ thị', code: 'CT', plan: false },
  { name: 'Nghị quyết', code: 'NQ', plan: false },
  { name: 'Báo cáo', code: 'BC', plan: false },
  { name: 'Thông báo', code: 'TB', plan: false },
  { name: 'Tờ trình', code: 'TTr', plan: false },
  { name: 'Hướng dẫn', code: 'HD', plan: false },
  { name: 'Công văn', code: null, plan: false },
];

/** The decision type: when it comes first and a plan follows, it is the wrapper. */
export const DECISION_TYPE_CODE = 'QĐ';
