/**
 * Draws the toolbar icon (a lens over highlighted lines) at every size the manifest names and writes PNGs to
 * public/icons/. Run once after changing the design: `npx tsx scripts/make-icons.ts`. No image library needed.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const NAVY: Rgba = [31, 58, 95, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const AMBER: Rgba = [240, 176, 40, 255];
const SKY: Rgba = [110, 190, 240, 255];

/** Colour at (x, y) in a 1×1 design space; null is transparent. */
function shade(x: number, y: number): Rgba | null {
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if (Math.hypot(x - cx, y - cy) > r) return null;
  const lx = 0.42;
  const ly = 0.42;
  const d = Math.hypot(x - lx, y - ly);
  const onHandle = x > 0.58 && y > 0.58 && Math.abs(x - y) < 0.08 && x < 0.86;
  if (onHandle || (d > 0.22 && d < 0.29)) return WHITE;
  if (d <= 0.22) {
    if (Math.abs(y - 0.35) < 0.045 && x > 0.27 && x < 0.57) return AMBER;
    if (Math.abs(y - 0.49) < 0.045 && x > 0.27 && x < 0.5) return SKY;
  }
  return NAVY;
}

function render(size: number): Buffer {
  const samples = 4;
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) acc[i] = (acc[i] ?? 0) + (c[i] ?? 0);
          acc[3] = (acc[3] ?? 0) + 255;
        }
      const n = samples * samples;
      const covered = (acc[3] ?? 0) / 255;
      for (let i = 0; i < 3; i++) row[1 + px * 4 + i] = covered ? Math.round((acc[i] ?? 0) / covered) : 0;
      row[1 + px * 4 + 3] = Math.round((acc[3] ?? 0) / n);
    }
    rows.push(row);
  }
  return png(size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function png(size: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, render(size));
