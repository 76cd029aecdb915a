/**
 * Table column roles and the header texts that name them (domain.md "Table columns and their
 * roles"). The one place where header words live: matching folds them (no marks, no case) and
 * tolerates OCR damage, so list each header once in its correct Vietnamese form.
 */
import type { ColumnRole } from '../schema/plan.js';

export interface ColumnHeaderEntry {
  role: Exclude<ColumnRole, 'other'>;
  /** the name used when a segmenter has to name a column it only recognised by keyword */
  canonical: string;
  headers: string[];
}

export const COLUMN_HEADERS: ColumnHeaderEntry[] = [
  { role: 'stt', canonical: 'Stt', headers: ['Stt', 'STT', 'TT', 'Số thứ tự'] },
  {
    role: 'content',
    canonical: 'Nội dung',
    headers: ['Nội dung', 'Nội dung công việc', 'Nội dung nhiệm vụ', 'Nội dung thực hiện', 'Hoạt động', 'Nội dung chỉ tiêu', 'Chỉ tiêu', 'Tên chỉ tiêu', 'Nhiệm vụ cụ thể', 'Hoạt động cụ thể', 'Công việc',
      // a table listing the procedures to review, simplify or publish: each row is one procedure
      'Tên thủ tục hành chính', 'Tên thủ tục', 'Tên TTHC'],
  },
  {
    role: 'lead',
    canonical: 'Cơ quan chủ trì',
    headers: [
      'Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì', 'Đơn vị thực hiện', 'Bộ phận thực hiện',
      'Cơ quan thực hiện', 'Cơ quan chủ trì thực hiện', 'Đơn vị chủ trì thực hiện', 'Cơ quan, đơn vị chủ trì',
      'Phòng, đơn vị chủ trì', 'Bộ phận chủ trì',
      // indicator tables name who answers for a target
      'Đơn vị chịu trách nhiệm', 'Cơ quan chịu trách nhiệm', 'Chịu trách nhiệm', 'Đơn vị phụ trách', 'Cơ quan phụ trách',
    ],
  },
  {
    role: 'coordinating',
    canonical: 'Cơ quan phối hợp',
    headers: ['Cơ quan phối hợp', 'Đơn vị phối hợp', 'Phối hợp', 'Cơ quan, đơn vị phối hợp', 'Đơn vị phối hợp thực hiện', 'Phòng, đơn vị phối hợp', 'Bộ phận phối hợp'],
  },
  {
    role: 'deadline',
    canonical: 'Thời gian hoàn thành',
    headers: ['Thời gian hoàn thành', 'Thời gian thực hiện', 'Thời hạn', 'Thời gian', 'Thời hạn hoàn thành', 'Tiến độ', 'Tiến độ thực hiện', 'Tiến độ hoàn thành'],
  },
  {
    role: 'output',
    canonical: 'Kết quả',
    headers: ['Kết quả', 'Kết quả thực hiện', 'Kết quả công việc', 'Sản phẩm', 'Kết quả/Sản phẩm', 'Kết quả, sản phẩm', 'Sản phẩm đầu ra', 'Hình thức văn bản'],
  },
  { role: 'note', canonical: 'Ghi chú', headers: ['Ghi chú'] },
  { role: 'unit', canonical: 'Đơn vị tính', headers: ['Đơn vị', 'Đơn vị tính', 'ĐVT'] },
  { role: 'target', canonical: 'Chỉ tiêu năm', headers: ['Chỉ tiêu năm', 'Chỉ tiêu giao', 'Mục tiêu năm', 'Giá trị chỉ tiêu', 'Kế hoạch năm', 'Mức phấn đấu', 'Mức phấn đấu năm', 'Chỉ tiêu phấn đấu'] },
  { role: 'objective', canonical: 'Mục tiêu', headers: ['Mục tiêu'] },
  { role: 'mission', canonical: 'Nhiệm vụ', headers: ['Nhiệm vụ'] },
];

/**
 * Header texts that name no role although they read almost like one: the procedure's code
 * ("Mã thủ tục hành chính") is one word from its name ("Tên thủ tục hành chính", the content). A
 * header nearest one of these stays 'other' (its cells go to `extra`).
 */
export const UNROLED_HEADERS: string[] = ['Mã thủ tục hành chính', 'Mã thủ tục', 'Mã TTHC', 'Mã số TTHC', 'Mã số thủ tục', 'Mã hồ sơ'];

/**
 * Short keywords that show a line of OCR text is (part of) a table header: a header line holds
 * several of them. Each is matched folded, without spaces, allowing a few letter errors.
 */
export const HEADER_KEYWORDS: { keyword: string; role: Exclude<ColumnRole, 'other'>; lineStart?: true }[] = [
  { keyword: 'Stt', role: 'stt' },
  // "TT" stands in running text too ("02/2017/TT-VPCP"): a header's only as the line's first word
  { keyword: 'TT', role: 'stt', lineStart: true },
  { keyword: 'Nội dung', role: 'content' },
  { keyword: 'Hoạt động', role: 'content' },
  { keyword: 'Chỉ tiêu', role: 'content' },
  // an indicator table's content column, even where the header also says "Nội dung"
  { keyword: 'Nội dung chỉ tiêu', role: 'content' },
  { keyword: 'Chủ trì', role: 'lead' },
  { keyword: 'Đơn vị thực hiện', role: 'lead' },
  { keyword: 'Phối hợp', role: 'coordinating' },
  { keyword: 'Thời gian', role: 'deadline' },
  { keyword: 'Hoàn thành', role: 'deadline' },
  { keyword: 'Tiến độ', role: 'deadline' },
  { keyword: 'Kết quả', role: 'output' },
  { keyword: 'Sản phẩm', role: 'output' },
  { keyword: 'Ghi chú', role: 'note' },
  { keyword: 'Mục tiêu', role: 'objective' },
  { keyword: 'Nhiệm vụ', role: 'mission' },
  { keyword: 'Đơn vị', role: 'unit' },
];

/** Keywords of the columns every table has: a line must name one before it can be a header. */
export const KEY_COLUMN_KEYWORDS: string[] = ['Stt', 'TT', 'Nội dung', 'Chỉ tiêu'];

/** A lead header holding the unit keyword ("Đơn vị" of "Đơn vị thực hiện"), which then names no unit column. */
export const LEAD_HEADER_WITH_UNIT = 'Đơn vị thực hiện';

/**
 * Content-column keywords that make an OCR'd table an indicator table: `always` whatever else the
 * header names; `unlessTaskContent` only where no task content column (`taskContent`) stands beside it.
 */
export const INDICATOR_CONTENT_KEYWORDS = { always: ['Nội dung chỉ tiêu'], unlessTaskContent: ['Chỉ tiêu'], taskContent: 'Nội dung' };

/** Lines that end a table printed as text: the body resumes ("Tổ chức thực hiện", "Nơi nhận"). */
export const TABLE_END_MARKERS: string[] = [
  'Nơi nhận', 'Tổ chức thực hiện', 'Phụ lục', 'Trên đây là', 'Cộng hòa xã hội chủ nghĩa Việt Nam', 'TM. Ủy ban nhân dân', 'KT. Chủ tịch',
];
