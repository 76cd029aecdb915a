/**
 * Word documents (.docx): the text of word/document.xml, laid out by officeText.ts (paragraphs as
 * lines, table rows side by side). Tracked deletions and the mc:Fallback copies Word keeps of text
 * boxes for older programs are not the document's text.
 */
import { decodeEntities } from '../core/text.js';
import { OfficeText } from './officeText.js';
import { zipEntryText } from './zipEntry.js';

const TAG = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:gridSpan|w:vMerge|w:del|w:noBreakHyphen|mc:Fallback)(?=[\s/>])([^>]*?)(\/?)>|([^<]+)|<[^>]*>/g;

/** The text of a .docx, lines separated by \n (tables as tab-separated rows, side by side). */
export function docxText(bytes: Uint8Array): string {
  const xml = zipEntryText(bytes, 'word/document.xml', 'load/docx-invalid', 'Word document');
  const out = new OfficeText();
  let inText = false;
  let deleted = 0;
  let fallback = 0;
  for (const m of xml.matchAll(TAG)) {
    const [, close, name, attrs, selfClose, text] = m;
    if (text !== undefined) {
      if (inText && !deleted && !fallback) out.text(decodeEntities(text));
      continue;
    }
    if (!name) continue;
    const opening = !close;
    if (name === 'mc:Fallback') {
      if (!selfClose) fallback += opening ? 1 : -1;
      continue;
    }
    if (fallback > 0) continue;
    switch (name) {
      case 'w:del':
        if (!selfClose) deleted += opening ? 1 : -1;
        break;
      case 'w:p':
        if (opening) {
          out.startParagraph();
          if (selfClose) out.endParagraph();
        } else out.endParagraph();
        break;
      case 'w:t':
        inText = opening && !selfClose;
        break;
      case 'w:noBreakHyphen':
        if (opening) out.text('-');
        break;
      case 'w:tab':
        if (opening) out.tab();
        break;
      case 'w:br':
      case 'w:cr':
        if (opening) out.lineBreak();
        break;
      case 'w:tbl':
        if (opening && !selfClose) out.startTable();
        else if (!opening) out.endTable();
        break;
      case 'w:tr':
        if (opening && !selfClose) out.startRow();
        else if (!opening) out.endRow();
        break;
      case 'w:tc':
        if (opening && !selfClose) out.startCell();
        else if (!opening) out.endCell();
        break;
      case 'w:gridSpan':
        out.setCell({ span: Number(/w:val="(\d+)"/.exec(attrs!)?.[1] ?? 1) });
        break;
      case 'w:vMerge':
        // a cell merged with the one above it; "restart" opens a merged run
        if (!/w:val="restart"/.test(attrs!)) out.setCell({ continues: true });
        break;
    }
  }
  return out.result();
}
