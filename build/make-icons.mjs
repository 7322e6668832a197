// Draws the app's icons (a white warning triangle with an exclamation mark
// on GOV.UK blue: no crown, no GDS Transport) and writes them as PNG and SVG
// into static/. Run by hand when the design changes; the files are committed.
//   node build/make-icons.mjs
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const OUT = join(import.meta.dirname, "..", "static");
const BLUE = [0x1d, 0x70, 0xb8];
const WHITE = [0xff, 0xff, 0xff];

// Shapes on a 100 × 100 canvas, painted in order.
const inTriangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const side = (px, py, qx, qy) => (x - qx) * (py - qy) - (px - qx) * (y - qy);
  const d1 = side(ax, ay, bx, by), d2 = side(bx, by, cx, cy), d3 = side(cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const shapes = [
  { colour: WHITE, inside: (x, y) => inTriangle(x, y, [50, 14], [88, 82], [12, 82]) },
  { colour: BLUE, inside: (x, y) => inTriangle(x, y, [50, 27], [77, 75], [23, 75]) },
  { colour: WHITE, inside: (x, y) => x >= 46.5 && x <= 53.5 && y >= 40 && y <= 60 },
  { colour: WHITE, inside: (x, y) => (x - 50) ** 2 + (y - 67) ** 2 <= 4.2 ** 2 },
];

function pixels(size, { padding = 0 } = {}) {
  const data = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b] = [0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          // Padding shrinks the drawing, for icons that may be cropped to a circle.
          const scale = 100 / (size * (1 - 2 * padding));
          const x = ((px + (sx + 0.5) / samples) - size * padding) * scale;
          const y = ((py + (sy + 0.5) / samples) - size * padding) * scale;
          let colour = BLUE;
          for (const shape of shapes) if (shape.inside(x, y)) colour = shape.colour;
          r += colour[0]; g += colour[1]; b += colour[2];
        }
      }
      const n = samples * samples, i = (py * size + px) * 4;
      data[i] = Math.round(r / n); data[i + 1] = Math.round(g / n); data[i + 2] = Math.round(b / n); data[i + 3] = 255;
    }
  }
  return data;
}

function crc32(buffer) {
  let crc = ~0;
  for (const byte of buffer) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, body) {
  const length = Buffer.alloc(4); length.writeUInt32BE(body.length);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type), body])));
  return Buffer.concat([length, Buffer.from(type), body, crc]);
}

function png(size, options) {
  const rgba = pixels(size, options);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // no filter
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header[8] = 8; header[9] = 6; // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<rect width="100" height="100" fill="#1d70b8"/>
<path d="M50 14 88 82H12z" fill="#fff"/>
<path d="M50 27 77 75H23z" fill="#1d70b8"/>
<path d="M46.5 40h7v20h-7z" fill="#fff"/>
<circle cx="50" cy="67" r="4.2" fill="#fff"/>
</svg>
`;

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "icon.svg"), svg);
writeFileSync(join(OUT, "icon-192.png"), png(192));
writeFileSync(join(OUT, "icon-512.png"), png(512));
writeFileSync(join(OUT, "icon-maskable-512.png"), png(512, { padding: 0.1 }));
writeFileSync(join(OUT, "apple-touch-icon.png"), png(180));
console.log("icons written to", OUT);
