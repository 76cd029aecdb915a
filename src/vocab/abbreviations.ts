/**
 * Abbreviations seen in issuer blocks, numbers and recipient lists.
 * - EXPANSIONS: written out in issuer names ("UBND" → "Ủy ban nhân dân").
 * - CODES: canonical spelling of codes whose đ/Đ or case OCR loses ("QD" → "QĐ", "HDND" → "HĐND").
 * Keys are matched on folded text (marks, case and đ ignored).
 */
export const EXPANSIONS: Readonly<Record<string, string>> = {
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  'KH&ĐT': 'Kế hoạch và Đầu tư',
  KHĐT: 'Kế hoạch và Đầu tư',
  'GD&ĐT': 'Giáo dục và Đào tạo',
  'TN&MT': 'Tài nguyên và Môi trường',
  'LĐ-TB&XH': 'Lao động - Thương binh và Xã hội',
  'LĐTB&XH': 'Lao động - Thương binh và Xã hội',
  'NN&PTNT': 'Nông nghiệp và Phát triển nông thôn',
  'VH,TT&DL': 'Văn hóa, Thể thao và Du lịch',
  'VHTT&DL': 'Văn hóa, Thể thao và Du lịch',
  'TT&TT': 'Thông tin và Truyền thông',
  'KH&CN': 'Khoa học và Công nghệ',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  VP: 'Văn phòng',
  TP: 'thành phố',
  TX: 'thị xã',
};

export const CODES: readonly string[] = [
  'QĐ', 'NĐ', 'HĐND', 'UBND', 'KH', 'CTr', 'TTr', 'CT', 'NQ', 'BC', 'TB', 'HD', 'ĐA', 'PA', 'TTg', 'CP',
  'VPCP', 'BTP', 'BTC', 'SKHĐT', 'KHĐT', 'KH&ĐT', 'SNV', 'STP', 'STC', 'VP', 'VPUB', 'TTHC', 'KSTTHC',
  'KSTT', 'CCHC', 'ĐKKD', 'XTĐT', 'XTĐT&HTDN', 'HĐND&UBND', 'TT-BTC', 'TT-VPCP', 'NĐ-CP', 'QĐ-TTg',
];
