import { collapseWhitespace } from './whitespace.ts';

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1 on its way to us ("donâ€™t" → "don’t").
 * Only byte runs that form valid UTF-8 are rewritten, so correct accented text ("café", "château") is left alone.
 */

/** Windows-1252's printable characters for bytes 0x80–0x9F; the rest of 0x80–0xFF is Latin-1. */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CONT = `[\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u009F]/g, '')}]`;
const SEQUENCE = new RegExp(`[\\u00C2-\\u00DF]${CONT}|[\\u00E0-\\u00EF]${CONT}{2}|[\\u00F0-\\u00F4]${CONT}{3}`, 'g');
/** A UTF-8 lead byte seen as Latin-1: without one there is nothing to repair, the common case. */
const PRECHECK = /[\u00C2-\u00F4]/;
/** "â€" whose third byte (0x9D, undefined in Windows-1252) was dropped: almost always a closing quote. */
const TRUNCATED_QUOTE = new RegExp(`â€(?!${CONT})`, 'g');
/** "Â" left over from a no-break space (C2 A0) after the A0 became a plain space. */
const STRAY_A_CIRCUMFLEX = /(?<!\p{L})Â(?= )/gu;

function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : 0x80 + CP1252.indexOf(ch);
}

/** Code points a mis-decoded English page plausibly held; others (CJK) are likelier correct text. */
function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x370 && cp <= 0x4ff) ||
    (cp >= 0x2000 && cp <= 0x214f) ||
    (cp >= 0x2190 && cp <= 0x21ff) ||
    cp >= 0x10000
  );
}

function decode(run: string): string {
  const bytes = Array.from(run, byteOf);
  const [lead = 0, ...rest] = bytes;
  const bits = rest.length === 1 ? 0x1f : rest.length === 2 ? 0x0f : 0x07;
  let cp = lead & bits;
  for (const b of rest) cp = (cp << 6) | (b & 0x3f);
  const minimum = [0, 0x80, 0x800, 0x10000][rest.length] ?? 0;
  const valid = cp >= minimum && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
  return valid && plausible(cp) ? String.fromCodePoint(cp) : run;
}

/**
 * The variant where the 0x80–0x9F bytes were stripped, leaving a lone "â" for every curly quote
 * ("âPrivacy Policyâ", "computerâs"). Lossy, so only applied when "â" is the page's only non-ASCII
 * letter and sits in quote positions at least twice: a French or Vietnamese page never qualifies.
 */
const STRIPPED_SIGNAL = /[A-Za-z.,)]â(?=[\s.,;:)]|s\b|$)/g;
const OTHER_NON_ASCII_LETTER = /[\u00C0-\u00E1\u00E3-\u024F]/;

function repairStripped(text: string): string {
  if ((text.match(STRIPPED_SIGNAL)?.length ?? 0) < 2 || OTHER_NON_ASCII_LETTER.test(text)) return text;
  return text
    .replace(/(?<=[A-Za-z])â(?=(?:s|t|d|ll|re|ve|m)\b)/g, '’')
    .replace(/(?<=[A-Za-z])â(?=[A-Za-z])/g, '-')
    .replace(/(?<=^|[\s([{/-])â/gm, '“')
    .replace(/â/g, '”');
}

/** Repairs mojibake; returns the text unchanged (same string) when it is clean. `repairMojibake('Ã©t')` → `'ét'` */
export function repairMojibake(text: string): string {
  if (!PRECHECK.test(text)) return text;
  let out = text;
  // Text mis-decoded twice ("Ã¢â‚¬â„¢") needs a second pass; a third has never been seen.
  for (let pass = 0; pass < 2; pass++) {
    const next = out.replace(SEQUENCE, decode).replace(TRUNCATED_QUOTE, '”');
    if (next === out) break;
    out = next;
  }
  return repairStripped(out.replace(STRAY_A_CIRCUMFLEX, ''));
}

/** Text as the engine reads it: mojibake repaired, whitespace collapsed. `cleanText(' Ã©t\n ')` → `'ét'` */
export function cleanText(text: string): string {
  return collapseWhitespace(repairMojibake(text));
}
