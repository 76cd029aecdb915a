/**
 * Synthetic damage for measurement: strip marks (what a restorer must undo on plain-ASCII
 * text), and a Latin-model OCR channel that imitates what the seeds show (ư → u/w/ir,
 * ơ → o/0, ô-family → o/6, đ → d, Đ → D/P, ủ → ii, é for a marked e/ê, Q for ộ/ợ/ạ in
 * capitals, rn ↔ m, …). Seeded so every run damages the same way.
 */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PICK = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

/** Damage one syllable the way a Latin-script OCR engine does; `rate` scales how often. */
export function ocrDamageWord(word: string, r: () => number, rate = 1): string {
  let out = '';
  const chars = [...word.normalize('NFC')];
  const caps = chars.length > 1 && chars.every((c) => c === c.toUpperCase());
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    const base = stripMarks(lower);
    const upper = ch !== lower;
    const d = r() < 0.35 * rate;
    let rep = stripMarks(ch);
    if (d) {
      if ('ưừứửữự'.includes(lower)) rep = PICK(r, ['u', 'w', 'ir', 'u']);
      else if ('ơớờởỡợ'.includes(lower)) rep = PICK(r, ['o', '0', 'é', 'o']);
      else if ('ôốồổỗộ'.includes(lower)) rep = caps && 'ộ'.includes(lower) ? 'Q' : PICK(r, ['o', '6', 'é', 'o']);
      else if (lower === 'đ') rep = upper ? PICK(r, ['D', 'P']) : 'd';
      else if (lower === 'ủ') rep = 'ii';
      else if ('ếềểễệ'.includes(lower) || ('éèẻẽẹ'.includes(lower))) rep = PICK(r, ['é', 'e']);
      else if ('ạợ'.includes(lower) && caps) rep = 'Q';
      else if ('ăắằẳẵặ'.includes(lower) && r() < 0.3) rep = 'i';
      else if (base === 'm' && r() < 0.2) rep = 'rn';
    }
    if (upper && rep !== 'Q') rep = caps ? rep.toUpperCase() : rep.charAt(0).toUpperCase() + rep.slice(1);
    out += rep;
  }
  return out;
}

export function ocrDamageLine(line: string, r: () => number, rate = 1): string {
  return line.replace(/[\p{L}\p{M}]+/gu, (w) => ocrDamageWord(w, r, rate));
}
