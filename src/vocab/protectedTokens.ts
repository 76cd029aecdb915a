/**
 * Abbreviations and codes that restoration keeps as they are (never read as damaged
 * syllables). Folded spellings (QD, ND, HDND) come back in their canonical form when the
 * token is written in capitals.
 */
export const PROTECTED_TOKENS: readonly string[] = [
  'UBND', 'HĐND', 'TTHC', 'KSTTHC', 'NĐ', 'CP', 'QĐ', 'TTg', 'KH', 'VPCP', 'TT', 'BTC', 'BNV', 'BTP',
  'BCA', 'BQP', 'BYT', 'BCT', 'BXD', 'BHXH', 'BHYT', 'CCHC', 'HCC', 'TN', 'MT', 'TNMT', 'VHTTDL', 'LĐTBXH',
  'GDĐT', 'GTVT', 'KHĐT', 'NNPTNT', 'TTTT', 'KHCN', 'MTTQ', 'ĐU', 'BCĐ', 'BCH', 'ĐTN', 'CCB',
  'CNTT', 'DVC', 'DVCTT', 'TTPVHCC', 'BPMC', 'NQ', 'CT', 'TB', 'BC', 'TTr', 'STT', 'Stt', 'VP', 'QH', 'XD',
  'ĐKKD', 'GCN', 'CSDL', 'VNPT', 'HTX', 'THCS', 'THPT', 'UBMTTQ', 'KT', 'VB',
];

const byFold = new Map<string, string>();
for (const t of PROTECTED_TOKENS) {
  const key = t.toUpperCase().replace(/Đ/g, 'D');
  if (!byFold.has(key)) byFold.set(key, t);
}

/** The canonical abbreviation for a token written in capitals (QD → QĐ), or null. */
export function protectedToken(token: string): string | null {
  if (token.length < 2) return null;
  if (PROTECTED_TOKENS.includes(token)) return token;
  if (token !== token.toUpperCase() && !PROTECTED_TOKENS.includes(token)) return null;
  const key = token.toUpperCase().replace(/Đ/g, 'D');
  return byFold.get(key) ?? null;
}
