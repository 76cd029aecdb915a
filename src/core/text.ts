/**
 * Text helpers shared by every stage. `fold` is the matching key used everywhere we look
 * for Vietnamese keywords: it ignores marks, case and đ/Đ, so "Nội dung", "Noi dung" and
 * "NOI DUNG" all fold to "noi dung".
 */
const COMBINING = /[\u0300-\u036f]/g;

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

/** Collapse runs of whitespace to one space and trim. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** NFC and whitespace clean-up for one line: keeps tabs (they separate cells), trims the end. */
export function cleanLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/\uFEFF/g, '')
    .replace(/[ ]{2,}/g, (m) => m) // runs of spaces can mark column gaps: keep them
    .replace(/\s+$/u, '');
}

/** Null for empty strings, collapsed text otherwise (the output contract never emits ""). */
export function nonEmpty(text: string | null | undefined): string | null {
  if (text == null) return null;
  const t = collapseSpace(text);
  return t === '' ? null : t;
}

/** Capitalise the first letter, lower-case the rest ("KẾ HOẠCH" → "Kế hoạch"). */
export function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Character references (&#233; &#xE9;) and the named entities of XML (and &nbsp;, a space), decoded. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e] ?? m;
  });
}
