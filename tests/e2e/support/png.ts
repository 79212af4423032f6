// A small PNG decoder for the screenshots the e2e tests take (8-bit greyscale, RGB or RGBA, not
// interlaced: what Chromium and Firefox write), so a test can look at pixels without a dependency.
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** RGBA, 4 bytes per pixel, rows top to bottom. */
  rgba: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

export function decodePng(png: Buffer): DecodedPng {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body.readUInt8(8);
      const colour = body.readUInt8(9);
      const interlace = body.readUInt8(12);
      channels = CHANNELS[colour] ?? 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) {
        throw new Error(
          `unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`,
        );
      }
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const source = y * (stride + 1) + 1;
    const target = y * stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[source + x] ?? 0;
      const left = x >= channels ? (rows[target + x - channels] ?? 0) : 0;
      const up = y > 0 ? (rows[target - stride + x] ?? 0) : 0;
      const upLeft = y > 0 && x >= channels ? (rows[target - stride + x - channels] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      rows[target + x] = (value + predicted) & 0xff;
    }
  }
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = i * channels;
    const grey = channels <= 2;
    rgba[i * 4] = rows[p] ?? 0;
    rgba[i * 4 + 1] = (grey ? rows[p] : rows[p + 1]) ?? 0;
    rgba[i * 4 + 2] = (grey ? rows[p] : rows[p + 2]) ?? 0;
    rgba[i * 4 + 3] =
      channels === 4 ? (rows[p + 3] ?? 255) : channels === 2 ? (rows[p + 1] ?? 255) : 255;
  }
  return { width, height, rgba };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The share of pixels (0..1) within `tolerance` (per channel) of an RGB colour. */
export function shareOfColour(
  image: DecodedPng,
  [r, g, b]: [number, number, number],
  tolerance = 12,
): number {
  let hits = 0;
  const total = image.width * image.height;
  for (let i = 0; i < total; i++) {
    const at = i * 4;
    if (
      Math.abs((image.rgba[at] ?? 0) - r) <= tolerance &&
      Math.abs((image.rgba[at + 1] ?? 0) - g) <= tolerance &&
      Math.abs((image.rgba[at + 2] ?? 0) - b) <= tolerance
    ) {
      hits++;
    }
  }
  return total === 0 ? 0 : hits / total;
}
