import type { SourceLine } from '../core/lines.js';
import { cleanLine } from '../core/text.js';

export class InputError extends Error {
  constructor(
    readonly ruleId: string,
    message: string,
  ) {
    super(message);
  }
}

/** Decode UTF-8 strictly (a BOM is dropped); anything else is an InputError. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError('load/not-utf8', 'not UTF-8 text, nor a legacy Vietnamese encoding (TCVN3, VNI, Windows-1258)');
  }
}

/**
 * Text saved as UTF-16 with a byte-order mark (Notepad's "Unicode"), decoded; null for anything else.
 * Its zero high bytes make it look binary to detectKind, which keeps calling it so (restore reads
 * 8-bit text only).
 */
export function decodeUtf16(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!encoding || bytes.length % 2 !== 0) return null;
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // text, not binary data that happens to open with those two bytes
  return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text) ? null : text;
}

/** Split text into positioned lines; a form feed starts a new page. */
export function textToLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let page = 1;
  let lineNo = 0;
  for (const rawLine of text.split(/\r\n|\n|\r/)) {
    lineNo++;
    const parts = rawLine.split('\f');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) page++;
      const raw = parts[i]!;
      lines.push({ text: cleanLine(raw), raw, page, line: lineNo });
    }
  }
  return lines;
}
