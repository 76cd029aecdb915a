/** A table title line: mostly capital letters (e.g. "DANH MỤC NHIỆM VỤ …"). */
export function isUppercaseTitle(text: string): boolean {
  const letters = [...text].filter((ch) => ch.toLowerCase() !== ch.toUpperCase());
  if (letters.length < 6) return false;
  const upper = letters.filter((ch) => ch === ch.toUpperCase()).length;
  return upper / letters.length > 0.8;
}
