/**
 * Words and phrases that mark the parts of an administrative document (Nghị định 30/2020/NĐ-CP).
 * Phrases are written in correct Vietnamese; code matches them on an OCR-tolerant folded key
 * (src/structure/fuzzy.ts), so damaged forms ("Noi nhin", "Can ctr", "Poc lap") are found too.
 */

/** The national motto printed top right; cut out of lines where OCR mixed it with the issuer column. */
export const MOTTO_PHRASES = ['Cộng hòa xã hội chủ nghĩa Việt Nam', 'Độc lập - Tự do - Hạnh phúc'] as const;

/** "Số:" before the document number; damaged reads of "Số" seen in OCR. */
export const NUMBER_LABELS = ['so', 's6', 'se', 's0', 'sô', 'sd', 'sb', 'só'] as const;

/** Openers of a legal-basis clause ("Căn cứ …;", "Thực hiện …;"). The second word of "Căn cứ" as OCR mangles it. */
export const LEGAL_BASIS_OPENERS = {
  can: ['can'],
  cu: ['cu', 'ctr', 'cir', 'dr', 'cur', 'ct', 'cti', 'clr', 'cw', 'ctu', 'ciu', 'cú', 'ctir', 'ca'],
  others: ['Thực hiện'],
} as const;

/**
 * The preamble's main clause, which OCR may run into the last legal basis: "Căn cứ chức năng …,
 * Sở Kế hoạch và Đầu tư xây dựng Kế hoạch … như sau:". It ends with this and has one of the verbs.
 */
export const MAIN_CLAUSE_END = 'như sau';
export const MAIN_CLAUSE_VERBS = ['xây dựng', 'ban hành', 'triển khai'] as const;

/** Clauses of the preamble that are not legal bases and end it ("Theo đề nghị của …"). */
export const PREAMBLE_OTHERS = ['Theo đề nghị', 'Xét đề nghị'] as const;

/** "Nơi nhận:" heads the recipient list at the foot of the document. */
export const RECIPIENTS_HEADING = 'Nơi nhận';

/** "PHỤ LỤC" heads an appendix. */
export const APPENDIX_HEADING = 'Phụ lục';

/** "(Ban hành kèm theo Quyết định số …)" / "(Kèm theo Kế hoạch số …)" under an attached document's title. */
export const ATTACHED_NOTE = ['Ban hành kèm theo', 'Kèm theo'] as const;

/** The decision's operative line "QUYẾT ĐỊNH:" and its articles "Điều 1." */
export const OPERATIVE_LINES = ['Quyết định', 'Quyết nghị'] as const;
export const ARTICLE_WORD = 'Điều';

/** Signer positions in the normal case used for output; longest first so "Phó Chủ tịch" beats "Chủ tịch". */
export const POSITIONS = [
  'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban', 'Trưởng ban',
  'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Phó Trưởng phòng', 'Trưởng phòng', 'Phó Cục trưởng', 'Cục trưởng',
  'Chi cục trưởng', 'Bí thư', 'Phó Bí thư', 'Bộ trưởng', 'Thứ trưởng', 'Thủ trưởng', 'Hiệu trưởng', 'Viện trưởng',
] as const;

/** Prefixes of a signing authority ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"). TM. names the body, not a position. */
export const POSITION_PREFIXES = ['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.', 'QUYỀN'] as const;

/** Words that start the name of a body in an issuer block (a new body starts at each). */
export const BODY_HEADS = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ủy ban Mặt trận Tổ quốc', 'Sở', 'Văn phòng', 'Phòng', 'Ban', 'Trung tâm',
  'Chi cục', 'Cục', 'Tổng cục', 'Bộ', 'Đảng ủy', 'Thanh tra', 'Công an', 'Bộ Chỉ huy', 'Kho bạc', 'Chi nhánh',
  'Trường', 'Bệnh viện', 'Viện', 'Đài', 'Hội', 'Liên đoàn',
  // branches of central bodies in a province or region
  'Bảo hiểm xã hội', 'Ngân hàng Nhà nước', 'Hải quan', 'Thuế', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân',
] as const;

/** Administrative units: in an issuer name the words after one of these are a place name (Title Case). */
export const UNIT_WORDS = ['thành phố', 'thị trấn', 'thị xã', 'tỉnh', 'huyện', 'quận', 'phường', 'xã', 'đặc khu'] as const;

/** Bodies whose names are written out in full, normal case ("SO KE HOACH VA DAU TU" → this). */
export const KNOWN_BODIES = [
  'Sở Kế hoạch và Đầu tư', 'Sở Nội vụ', 'Sở Tư pháp', 'Sở Tài chính', 'Sở Xây dựng', 'Sở Công Thương', 'Sở Y tế',
  'Sở Giáo dục và Đào tạo', 'Sở Tài nguyên và Môi trường', 'Sở Giao thông vận tải', 'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội', 'Sở Nông nghiệp và Phát triển nông thôn', 'Sở Khoa học và Công nghệ',
  'Sở Văn hóa, Thể thao và Du lịch', 'Sở Ngoại vụ', 'Sở Dân tộc và Tôn giáo', 'Sở Nông nghiệp và Môi trường',
  'Sở Khoa học và Công nghệ', 'Văn phòng Ủy ban nhân dân', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
  'Ban Dân tộc', 'Thanh tra tỉnh', 'Trung tâm Phục vụ hành chính công', 'Ban Quản lý',
  'Ban Quản lý Khu kinh tế', 'Ban Quản lý các khu công nghiệp', 'Bảo hiểm xã hội Việt Nam', 'Kho bạc Nhà nước',
] as const;

/** Words in a table header row: a line with "STT" and one of these (or several of these) starts a table. */
export const TABLE_HEADER_CUES = [
  'Nội dung', 'Cơ quan chủ trì', 'Cơ quan', 'Đơn vị', 'Thời gian', 'Thời hạn', 'Kết quả', 'Chủ trì', 'Phối hợp',
  'Ghi chú', 'Nhiệm vụ', 'Hoạt động', 'Mục tiêu', 'Sản phẩm', 'Bộ phận thực hiện', 'Chỉ tiêu',
] as const;
export const TABLE_ROW_NUMBER_HEADERS = ['stt', 'tt'] as const;
