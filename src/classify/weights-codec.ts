/**
 * Compact, JSON-safe encodings for model weights: int8 quantisation with one scale per label, unsigned LEB128
 * varints for sorted indices, and base64 — all in plain TypeScript, because `src/` has neither `atob` nor `Buffer`.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += ALPHABET[(triple >> 18) & 63];
    out += ALPHABET[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[triple & 63] : '=';
  }
  return out;
}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let out = 0;
  for (let i = 0; i < clean.length; i++) {
    const value = DECODE[clean.charCodeAt(i)] ?? -1;
    if (value < 0) throw new Error(`Invalid base64 character at ${i}`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}

/** Ascending non-negative integers as LEB128 varints of their gaps. */
export function encodeSortedIndices(indices: ArrayLike<number>): Uint8Array {
  const bytes: number[] = [];
  let previous = 0;
  for (let i = 0; i < indices.length; i++) {
    const current = indices[i] as number;
    let gap = current - previous;
    if (gap < 0 || (i > 0 && gap === 0)) throw new Error('Indices must be ascending and unique');
    previous = current;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    bytes.push(gap);
  }
  return Uint8Array.from(bytes);
}

export function decodeSortedIndices(bytes: Uint8Array, count: number): Int32Array {
  const indices = new Int32Array(count);
  let position = 0;
  let previous = 0;
  for (let i = 0; i < count; i++) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[position++] ?? 0;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap;
    indices[i] = previous;
  }
  return indices;
}

export interface Quantised {
  values: Int8Array;
  /** value ≈ quantised × scale. */
  scale: number;
}

/** Symmetric int8 quantisation: the largest magnitude maps to ±127. */
export function quantise(values: ArrayLike<number>): Quantised {
  let largest = 0;
  for (let i = 0; i < values.length; i++) largest = Math.max(largest, Math.abs(values[i] as number));
  const scale = largest === 0 ? 1 : largest / 127;
  const quantised = Int8Array.from({ length: values.length }, (_, i) => Math.round((values[i] as number) / scale));
  return { values: quantised, scale };
}

export function dequantise({ values, scale }: Quantised): Float32Array {
  return Float32Array.from(values, (value) => value * scale);
}
