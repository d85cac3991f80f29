// Draws Upstream's toolbar and store icons (a white upward arrow on a blue rounded square)
// and writes them as PNG to public/icon/<size>.png. Run once after changing the drawing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [26, 86, 219];

function inside(x, y) {
  // Unit square coordinates: rounded square with radius 0.2.
  const r = 0.2;
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  if (dx * dx + dy * dy > r * r) return 0;
  // Arrow: a head (triangle) and a shaft, pointing up.
  const head = y >= 0.18 && y <= 0.5 && Math.abs(x - 0.5) <= (y - 0.18) * 0.95;
  const shaft = y > 0.45 && y <= 0.82 && Math.abs(x - 0.5) <= 0.1;
  return head || shaft ? 2 : 1;
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = [0];
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let fg = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const v = inside((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (v === 1) bg++;
          if (v === 2) fg++;
        }
      }
      const total = samples * samples;
      const alpha = (bg + fg) / total;
      const white = fg / Math.max(bg + fg, 1);
      const mix = (c) => Math.round(c * (1 - white) + 255 * white);
      row.push(mix(BLUE[0]), mix(BLUE[1]), mix(BLUE[2]), Math.round(alpha * 255));
    }
    rows.push(Buffer.from(row));
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

mkdirSync(new URL('../public/icon/', import.meta.url), { recursive: true });
for (const size of SIZES) writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png(size));
