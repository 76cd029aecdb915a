import { describe, expect, it } from 'vitest';
import { splitWord } from '../../src/load/ocr/engine.js';

const sym = (text: string, x0: number, x1: number, confidence = 99) => ({ text, confidence, bbox: { x0, y0: 0, x1, y1: 30 } });
const word = (symbols: ReturnType<typeof sym>[]) => ({
  text: symbols.map((s) => s.text).join(''),
  confidence: 90,
  bbox: { x0: symbols[0]!.bbox.x0, y0: 0, x1: Math.max(...symbols.map((s) => s.bbox.x1)), y1: 30 },
  symbols,
});

describe('OCR words from symbols', () => {
  it('drops a final dot placed inside the letter before it (not on the page)', () => {
    // tesseract's symbol boxes for "bản." where the page has "bản": the dot ends where the n ends
    const [w] = splitWord(word([sym('b', 2234, 2252), sym('ả', 2255, 2274), sym('n', 2277, 2297), sym('.', 2290, 2297, 97)]));
    expect(w!.text).toBe('bản');
  });

  it('keeps a final dot after the letter', () => {
    const [w] = splitWord(word([sym('c', 3023, 3035), sym('h', 3037, 3052), sym('ế', 3055, 3074), sym('.', 3067, 3093)]));
    expect(w!.text).toBe('chế.');
  });

  it('drops a final dot or colon the model is unsure of', () => {
    const [w] = splitWord(word([sym('B', 0, 20), sym('ộ', 22, 40), sym(':', 42, 46, 60)]));
    expect(w!.text).toBe('Bộ');
  });
});
