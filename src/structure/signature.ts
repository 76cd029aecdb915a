/**
 * The foot of a document: "Nơi nhận:" with "- …;" recipient lines on the left, the signer's
 * position (CHỦ TỊCH, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH) and name on the right. OCR often puts both
 * columns on one line ("Noi nhin: CHU TICH"), so each line is read for all three.
 */
import type { SourceLine } from '../core/lines.js';
import { fold } from '../core/text.js';
import { BODY_HEADS, POSITIONS, POSITION_PREFIXES, RECIPIENTS_HEADING } from '../vocab/structureKeywords.js';
import { canonicalCode, normalizeBodyName, startsWithBodyHead } from './bodyName.js';
import { matchPhraseAt, startsWithPhrase, tokenize, upperRatio } from './fuzzy.js';

export interface Signature {
  position: string | null;
  name: string | null;
  recipients: string[];
  /** index of the "Nơi nhận" line and of the last line used */
  start: number;
  end: number;
}

/** "Nơi nhận:" at the start of a line; returns what follows it on the line. */
export function readRecipientsHeading(text: string): { rest: string } | null {
  const tokens = tokenize(text);
  const m = startsWithPhrase(tokens, RECIPIENTS_HEADING, { maxRatio: 0.3 });
  if (!m) return null;
  const rest = text.slice(m.end).replace(/^\s*[:;.]?\s*/u, '');
  if (rest && !/^[-–+•]/.test(rest) && !readPosition(rest) && text.length > 40) return null;
  return { rest };
}

const HEAD_OPENINGS = BODY_HEADS.filter((h) => h.includes(' ')).map((h) => h.split(' ').slice(0, 2).join(' '));
const PREFIX_KEYS = new Map(POSITION_PREFIXES.map((p) => [fold(p).replace(/\W/g, ''), p]));
const POSITIONS_LONGEST = [...POSITIONS].sort((a, b) => b.length - a.length);

/** One line of a signing authority: "KT. CHỦ TỊCH" → "KT. Chủ tịch"; "TM. ỦY BAN NHÂN DÂN" → tm. */
export function readPosition(text: string): { position: string | null; tm: boolean } | null {
  const t = text.trim();
  if (!t || upperRatio(t) < 0.6) return null;
  let tokens = tokenize(t).filter((x) => x.key !== '');
  let prefix: string | null = null;
  const p = PREFIX_KEYS.get(fold(tokens[0]?.text ?? '').replace(/\W/g, ''));
  if (p && tokens.length > 1) {
    prefix = p;
    tokens = tokens.slice(1);
  }
  if (prefix === 'TM.') return startsWithBodyHead(tokens.map((x) => x.text).join(' ')) ? { position: null, tm: true } : null;
  for (const position of POSITIONS_LONGEST) {
    const m = matchPhraseAt(tokens, 0, position, { maxRatio: 0.2 });
    if (m && m.to === tokens.length) return { position: prefix ? `${prefix} ${position}` : position, tm: false };
  }
  return null;
}

/** A person's name: 2–5 capitalised words, letters only ("Đỗ Ngọc Thìn", "NGUYỄN VĂN A"). */
export function readName(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return null;
  if (!words.every((w) => /^\p{Lu}[\p{L}'’]*$/u.test(w))) return null;
  if (readPosition(t) || startsWithBodyHead(t) || readRecipientsHeading(t)) return null;
  // seal text read by OCR ("UY BAN NHAN", "HOI DONG"): the start of a body's name, not a person
  if (HEAD_OPENINGS.some((h) => startsWithPhrase(t, h, { maxRatio: 0.2 }))) return null;
  if (upperRatio(t) > 0.9) return words.map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('vi')).join(' ');
  return t;
}

function cleanRecipient(text: string): string {
  const t = text
    .replace(/^[\s\-–+•*]+/u, '')
    .replace(/[\s;,.]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  // codes whose Đ OCR lost are respelt from the vocabulary ("HDND&UBND" → "HĐND&UBND")
  return t.replace(/[\p{L}&]{2,}/gu, (w) => (w === w.toUpperCase() ? canonicalCode(w) ?? w : w));
}

/** lines of something else (seal text, OCR specks) after which the foot is over */
const STOP_AFTER_UNREAD = 3;

/**
 * Read the signature block that starts at the "Nơi nhận" line `start`, up to `limit`.
 * `stop(i)` ends it early (a new document part, a table, the appendix).
 */
export function readSignature(lines: SourceLine[], start: number, limit: number, stop: (i: number) => boolean): Signature {
  const recipients: string[] = [];
  const positions: string[] = [];
  let name: string | null = null;
  let open = false; // the last recipient has not ended with ";" or "." yet
  let unread = 0;
  let end = start;
  for (let i = start; i < limit && unread < STOP_AFTER_UNREAD; i++) {
    let text = lines[i]!.text;
    if (i === start) text = readRecipientsHeading(text)?.rest ?? '';
    else if (stop(i)) break;
    const pieces = text.split(/\t| {3,}/).map((p) => p.trim()).filter(Boolean);
    // after the signer's name, only the list of recipients may go on (the left column of a foot laid
    // out side by side runs past the signature): the first line that does not continue it ends the foot
    if (name && !(pieces.length && pieces.every((p) => /^[-–+•*]/.test(p) || (open && /^\p{Ll}/u.test(p))))) break;
    // the two columns of the foot come apart at a tab or a wide gap of spaces
    for (const piece of pieces) {
      end = i;
      const position = readPosition(piece);
      if (position) {
        if (position.position) positions.push(position.position);
        open = false;
        continue;
      }
      if (/^[-–+•*]/.test(piece)) {
        const split = splitTrailingPosition(piece);
        recipients.push(cleanRecipient(split.recipient));
        if (split.position) positions.push(split.position);
        open = !/[;.]\s*$/.test(split.recipient);
        continue;
      }
      if (open && /^\p{Ll}/u.test(piece)) {
        recipients[recipients.length - 1] = cleanRecipient(`${recipients[recipients.length - 1]} ${piece}`);
        open = !/[;.]\s*$/.test(piece);
        continue;
      }
      if (/^\(.*\)$/.test(piece)) continue; // "(Đã ký)", "(ký tên, đóng dấu)"
      const person = readName(piece);
      if (person && (positions.length || recipients.length)) {
        name = person;
        continue;
      }
      unread++;
    }
  }
  return {
    position: positions.length ? positions.join(' / ') : null,
    name,
    recipients: recipients.filter(Boolean),
    start,
    end,
  };
}

/** "- Lưu: VT. KT. CHỦ TỊCH": a position glued to the end of a recipient line by OCR. */
function splitTrailingPosition(piece: string): { recipient: string; position: string | null } {
  const tokens = tokenize(piece);
  for (let k = 1; k < tokens.length; k++) {
    if (upperRatio(tokens[k]!.text) < 1) continue;
    const rest = piece.slice(tokens[k]!.start);
    const position = readPosition(rest);
    if (position?.position) return { recipient: piece.slice(0, tokens[k]!.start), position: position.position };
  }
  return { recipient: piece, position: null };
}

export { normalizeBodyName };
