#!/usr/bin/env node
/**
 * Draws the app icon — a red seal (印章) with a white border and a house under a roof, for
 * "village compact" — and writes it as a 512×512 RGBA PNG to build/icon.png (electron-builder
 * derives the .ico and the Linux sizes from it) and resources/icon.png (the window icon).
 *
 * Only node builtins: shapes are tested per sub-pixel (4×4 supersampling for smooth edges) and the
 * PNG is assembled by hand (IHDR, one zlib-deflated IDAT, IEND). The output is committed; rerun
 * this script only to change the design:  node scripts/make-icon.mjs
 */
import { writeFileSync, mkdirSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

const SIZE = 512
const SUBSAMPLES = 4

const RED_TOP = [0xc8, 0x2a, 0x22]
const RED_BOTTOM = [0xa3, 0x16, 0x12]
const WHITE = [0xff, 0xf8, 0xf0] // warm paper white, not a harsh #fff

/** Inside a rounded rectangle [x0,x1]×[y0,y1] with corner radius r. */
function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}

function inRect(x, y, x0, y0, x1, y1) {
  return x >= x0 && x <= x1 && y >= y0 && y <= y1
}

/** Inside the triangle with apex (ax, ay) and a horizontal base from (bx0, by) to (bx1, by). */
function inTriangle(x, y, ax, ay, bx0, bx1, by) {
  if (y < ay || y > by) return false
  const t = (y - ay) / (by - ay)
  return x >= ax + (bx0 - ax) * t && x <= ax + (bx1 - ax) * t
}

/** What covers (x, y): null (transparent), 'red' or 'white'. Later rules win. */
function shade(x, y) {
  if (!inRoundedRect(x, y, 16, 16, 496, 496, 96)) return null
  // The seal's inner border ring.
  if (inRoundedRect(x, y, 46, 46, 466, 466, 70) && !inRoundedRect(x, y, 64, 64, 448, 448, 54)) return 'white'
  // Roof: a thick chevron (big triangle minus a smaller one sharing its base line).
  if (inTriangle(x, y, 256, 104, 100, 412, 254) && !inTriangle(x, y, 256, 160, 156, 356, 254)) return 'white'
  // House body with a door opening.
  if (inRect(x, y, 164, 230, 348, 392) && !inRect(x, y, 228, 300, 284, 392)) {
    // Two windows either side of the door.
    if (inRect(x, y, 184, 290, 212, 318) || inRect(x, y, 300, 290, 328, 318)) return 'red'
    // Keep the roof readable: a red gap between roof and body.
    if (inTriangle(x, y, 256, 160, 156, 356, 254) && !inTriangle(x, y, 256, 182, 186, 326, 254)) return 'red'
    return 'white'
  }
  // Ground line.
  if (inRoundedRect(x, y, 118, 392, 394, 410, 8)) return 'white'
  return 'red'
}

function render() {
  const rgba = new Uint8Array(SIZE * SIZE * 4)
  const n = SUBSAMPLES * SUBSAMPLES
  for (let py = 0; py < SIZE; py++) {
    const t = py / (SIZE - 1)
    const red = RED_TOP.map((c, i) => Math.round(c + (RED_BOTTOM[i] - c) * t))
    for (let px = 0; px < SIZE; px++) {
      let r = 0
      let g = 0
      let b = 0
      let covered = 0
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const s = shade(px + (sx + 0.5) / SUBSAMPLES, py + (sy + 0.5) / SUBSAMPLES)
          if (s === null) continue
          const c = s === 'white' ? WHITE : red
          r += c[0]
          g += c[1]
          b += c[2]
          covered++
        }
      }
      const o = (py * SIZE + px) * 4
      if (covered > 0) {
        // Colour averaged over covered samples, coverage as alpha (straight, not premultiplied).
        rgba[o] = Math.round(r / covered)
        rgba[o + 1] = Math.round(g / covered)
        rgba[o + 2] = Math.round(b / covered)
        rgba[o + 3] = Math.round((covered / n) * 255)
      }
    }
  }
  return rgba
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i++) {
    let c = i
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[i] = c >>> 0
  }
  return table
})()

function crc32(bytes) {
  let c = 0xffffffff
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'ascii')
  Buffer.from(data).copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

function encodePng(rgba, width, height) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // colour type: RGBA
  ihdr[10] = 0 // compression
  ihdr[11] = 0 // filter method
  ihdr[12] = 0 // no interlace
  // Each scanline starts with its filter type; 0 (None) keeps this simple, deflate does the rest.
  const stride = width * 4
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0
    Buffer.from(rgba.buffer, y * stride, stride).copy(raw, y * (stride + 1) + 1)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const png = encodePng(render(), SIZE, SIZE)
for (const target of ['../build/icon.png', '../resources/icon.png']) {
  const file = fileURLToPath(new URL(target, import.meta.url))
  mkdirSync(fileURLToPath(new URL('.', new URL(target, import.meta.url))), { recursive: true })
  writeFileSync(file, png)
  process.stdout.write(`wrote ${file} (${png.length} bytes)\n`)
}
