/** Text items of a PDF page with their boxes in top-left page points. */
import type { TextPiece } from './geometry.js';
import { multiply } from './geometry.js';
import type { PdfPage } from './document.js';

interface RawItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

export async function pageTextPieces(page: PdfPage): Promise<TextPiece[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
  const styles = content.styles as Record<string, { ascent?: number; descent?: number }>;
  const pieces: TextPiece[] = [];
  for (const item of content.items as RawItem[]) {
    if (typeof item.str !== 'string' || item.str.trim() === '') continue;
    const m = multiply(viewport.transform as number[], item.transform);
    const size = Math.hypot(m[2]!, m[3]!) || item.height || 1;
    const style = styles[item.fontName] ?? {};
    const ascent = style.ascent ?? 0.8;
    const descent = style.descent ?? -0.2;
    const x0 = m[4]!;
    const baseline = m[5]!;
    pieces.push({
      text: item.str,
      x0,
      x1: x0 + item.width,
      y0: baseline - ascent * size,
      y1: baseline - descent * size,
      font: item.fontName,
      size,
    });
  }
  return pieces;
}
