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
