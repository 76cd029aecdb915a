/**
 * Office documents a plan often comes as (Word, Excel, OpenDocument, RTF), told by their bytes:
 * a .docx or an .odt is read (docx.ts, odt.ts); refusing any other says what it is and what to do, instead of
 * "binary data".
 */

/** officeFormat's words for the office formats the loader reads (docx.ts, odt.ts), and their media types */
export const WORD_DOCX = 'a Word document (.docx)';
export const OPEN_DOCUMENT_TEXT = 'an OpenDocument text (.odt)';
export const READABLE_OFFICE: Record<string, string> = {
  [WORD_DOCX]: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  [OPEN_DOCUMENT_TEXT]: 'application/vnd.oasis.opendocument.text',
};

/** What the bytes are, in words ("a Word document (.docx)"), or null when not an office format. */
export function officeFormat(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  if (head.startsWith('{\\rtf')) return 'an RTF document';
  // legacy Word/Excel: an OLE compound file
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'a Word or Excel document (.doc, .xls)';
  if (!head.startsWith('PK\u0003\u0004')) return null;
  // a zip: its first entries name the kind (OOXML parts, or the OpenDocument mimetype)
  if (head.includes('word/')) return WORD_DOCX;
  if (head.includes('xl/')) return 'an Excel workbook (.xlsx)';
  if (head.includes('application/vnd.oasis.opendocument.text')) return OPEN_DOCUMENT_TEXT;
  if (head.includes('application/vnd.oasis.opendocument.spreadsheet')) return 'an OpenDocument spreadsheet (.ods)';
  if (head.includes('[Content_Types].xml')) return 'an Office document';
  return null;
}

/** The message for an office document: what it is, and how to give it to tthc-parse. */
export function officeFormatMessage(what: string): string {
  return `${what}, which tthc-parse does not read: save it as PDF, or as plain text (.txt, UTF-8), and give that`;
}
