import { diagnostic } from '../core/diagnostic.js';
import type { Stage } from '../pipeline/stage.js';
import type { PlanFile } from '../pipeline/planFile.js';
import { detectKind, MEDIA_TYPES } from './detect.js';
import { decodeLegacyVietnamese } from './legacyText.js';
import { officeFormat, officeFormatMessage, OPEN_DOCUMENT_TEXT, READABLE_OFFICE, WORD_DOCX } from './officeFormats.js';
import { decodeUtf16, decodeUtf8, InputError, textToLines } from './text.js';
// the PDF and image loaders (pdf.js, the canvas, tesseract.js: ≈ 0.3 s to load) load only for a PDF or an image
const pdfLoader = () => import('./pdf/index.js');
const imageLoader = () => import('./image/index.js');
/** the office documents read (their zip reader loads only for one) */
const OFFICE_READERS: Record<string, (bytes: Uint8Array) => Promise<string>> = {
  [WORD_DOCX]: async (bytes) => (await import('./docx.js')).docxText(bytes),
  [OPEN_DOCUMENT_TEXT]: async (bytes) => (await import('./odt.js')).odtText(bytes),
};

function fail(file: PlanFile, ruleId: string, message: string): void {
  file.diagnostics.push({ ...diagnostic('error', ruleId, message), fatal: true });
  file.fatal = true;
}

/** UTF-8, or a legacy Vietnamese 8-bit encoding converted to Unicode (with a warning). */
function decodeText(file: PlanFile): string {
  try {
    return decodeUtf8(file.bytes);
  } catch (error) {
    const legacy = decodeLegacyVietnamese(file.bytes);
    if (legacy === null) throw error;
    file.diagnostics.push(
      diagnostic('warning', 'load/legacy-encoding', 'not UTF-8: read as a legacy Vietnamese encoding (Windows-1258, TCVN3 or VNI) and converted'),
    );
    return legacy;
  }
}

export const loadStage: Stage = {
  name: 'load',
  async run(file, options) {
    const kind = detectKind(file.bytes);
    file.mediaType = MEDIA_TYPES[kind];
    try {
      switch (kind) {
        case 'empty':
          return fail(file, 'load/empty', 'the file is empty');
        case 'binary':
        case 'text': {
          // a Word, Excel, OpenDocument or RTF file: said so, with what to do
          const office = officeFormat(file.bytes);
          let text: string;
          if (office) {
            const read = OFFICE_READERS[office];
            if (!read) return fail(file, 'load/unsupported-format', officeFormatMessage(office));
            file.mediaType = READABLE_OFFICE[office]!;
            text = await read(file.bytes);
          } else {
            const utf16 = kind === 'binary' ? decodeUtf16(file.bytes) : null;
            if (kind === 'binary' && utf16 === null) return fail(file, 'load/binary', 'binary data, not a plan (expected text, PDF or an image)');
            if (utf16 !== null) file.mediaType = MEDIA_TYPES.text;
            text = utf16 ?? decodeText(file);
          }
          if (text.trim() === '') return fail(file, 'load/empty', 'the file has no text');
          file.lines = textToLines(text);
          file.textSource = 'text';
          file.pageCount = file.lines.length ? file.lines[file.lines.length - 1]!.page : 0;
          return;
        }
        case 'pdf':
          await (await pdfLoader()).loadPdf(file, options);
          if (file.lines.length === 0 && file.rawTables.length === 0) return fail(file, 'load/empty', 'the PDF has no readable text');
          return;
        case 'png':
        case 'jpeg':
        case 'tiff':
          await (await imageLoader()).loadImage(file, options);
          if (file.lines.length === 0 && file.rawTables.length === 0) return fail(file, 'load/empty', 'no text was found in the image');
          return;
      }
    } catch (error) {
      if (error instanceof InputError) return fail(file, error.ruleId, error.message);
      throw error;
    }
  },
};
