/** Stand-in for `brotli/decompress.js`: fontkit needs it only for WOFF2 fonts; ours are TTF. */
import { unsupported } from './unsupported'

export default function brotliDecompress(): never {
  return unsupported(' WOFF2 字体')
}
