// Draws Paybatch's icon, build/icon.png (1024×1024 RGBA), from which electron-builder makes the
// macOS .icns, the Windows .ico and the Linux icons. A script rather than a drawing so the icon
// can be remade and changed without a design tool: `node scripts/make-icon.mjs`.
//
// The picture: a payroll (three rows with bullets) on a blue-to-teal tile, and a round amber
// badge with a tick — rows checked and paid. Shapes are signed distance functions, so every
// edge is anti-aliased from its exact distance to the pixel, with no supersampling.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 1024;

const clamp01 = (v) => Math.min(1, Math.max(0, v));
/** How much of a pixel a shape covers, from the shape's distance to the pixel's centre. */
const coverage = (distance) => clamp01(0.5 - distance);

function roundedBox(x, y, cx, cy, half, radius) {
  const qx = Math.abs(x - cx) - (half - radius);
  const qy = Math.abs(y - cy) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function segment(x, y, ax, ay, bx, by, r) {
  const t = clamp01(((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) - r;
}

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);
const blue = hex('#2563eb');
const teal = hex('#0f766e');
const white = hex('#ffffff');
const amber = hex('#fbbf24');
const ink = hex('#1e293b');
const mix = (a, b, t) => a.map((v, i) => v + ((b[i] ?? 0) - v) * t);

// The tile follows Apple's icon grid: 824 px body, 100 px margin, which Windows and Linux
// icon themes also leave some air around.
const tile = { cx: 512, cy: 512, half: 412, radius: 185 };
const rows = [
  { y: 336, to: 748 },
  { y: 444, to: 748 },
  { y: 552, to: 508 },
];
const badge = { cx: 680, cy: 644, r: 142, gap: 20 };

function pixel(x, y) {
  // Straight (not premultiplied) colour and alpha, painted back to front with "over".
  let rgb = [0, 0, 0];
  let alpha = 0;
  const paint = (colour, a) => {
    if (a <= 0) return;
    const out = a + alpha * (1 - a);
    rgb = rgb.map((v, i) => ((colour[i] ?? 0) * a + v * alpha * (1 - a)) / out);
    alpha = out;
  };
  const background = mix(blue, teal, clamp01((x + y - 400) / 1300));
  const tileDistance = roundedBox(x, y, tile.cx, tile.cy, tile.half, tile.radius);
  // A soft shadow below the tile, so it stands off light and dark docks alike.
  const shadowDistance = roundedBox(x, y - 14, tile.cx, tile.cy, tile.half, tile.radius);
  paint([0, 0, 0], 0.3 * clamp01((28 - shadowDistance) / 56) ** 2 * (tileDistance > 0 ? 1 : 0));
  paint(background, coverage(tileDistance));
  for (const row of rows) {
    paint(white, coverage(circle(x, y, 254, row.y, 27)));
    paint(white, 0.95 * coverage(segment(x, y, 328, row.y, row.to, row.y, 27)));
  }
  paint(background, coverage(circle(x, y, badge.cx, badge.cy, badge.r + badge.gap)) * coverage(tileDistance));
  paint(amber, coverage(circle(x, y, badge.cx, badge.cy, badge.r)));
  const tick = Math.min(segment(x, y, 618, 648, 664, 694, 22), segment(x, y, 664, 694, 750, 594, 22));
  paint(ink, coverage(tick));
  return [...rgb.map((v) => Math.round(v * 255)), Math.round(alpha * 255)];
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

export function iconPng() {
  // Each scanline: filter byte 0 (none), then RGBA.
  const raw = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const line = y * (1 + size * 4);
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5), line + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter set, not interlaced
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2] ?? fileURLToPath(new URL('../build/icon.png', import.meta.url));
  writeFileSync(out, iconPng());
  console.log(`Wrote ${out} (${size}×${size}).`);
}
