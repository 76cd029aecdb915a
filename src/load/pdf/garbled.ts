/**
 * Is a page's text layer usable? Legacy Vietnamese fonts (TCVN3/ABC, VNI) put Vietnamese
 * letters on Latin-1 code points that Vietnamese never uses (¸ µ ¶ · ¹ ¬ ® ¦ § ä ö ø ï …), and
 * fonts without a ToUnicode map give control characters, U+FFFD or private-use code points.
 * Such a page is read by OCR instead (converting legacy encodings is the repair stage's job).
 */

/** Latin-1 letters and signs that occur in Vietnamese text (besides ASCII). */
const VIETNAMESE_LATIN1 = new Set('ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý°±×÷«»·–'.split(''));

export interface TextLayerVerdict {
  usable: boolean;
  /** share of characters that look like a legacy or broken encoding */
  oddShare: number;
  letters: number;
  reason: string | null;
}

export function judgeTextLayer(text: string): TextLayerVerdict {
  let odd = 0;
  let letters = 0;
  let replacement = 0;
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (/\s/.test(ch)) continue;
    letters++;
    if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff) || cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) {
      replacement++;
      odd++;
    } else if (cp >= 0xa0 && cp <= 0xff && !VIETNAMESE_LATIN1.has(ch)) odd++;
  }
  const oddShare = letters ? odd / letters : 0;
  if (letters >= 20 && replacement / letters > 0.05) {
    return { usable: false, oddShare, letters, reason: 'characters without a Unicode mapping (font lacks ToUnicode)' };
  }
  if (letters >= 20 && oddShare > 0.04) {
    return { usable: false, oddShare, letters, reason: 'text in a legacy Vietnamese font encoding (TCVN3/VNI)' };
  }
  return { usable: true, oddShare, letters, reason: null };
}
