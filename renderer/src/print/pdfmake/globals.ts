/**
 * pdfkit and pdfmake use Node's global `Buffer`. In the browser bundle it comes from the `buffer`
 * package; this module must be imported before any engine module is evaluated (index.ts imports
 * it first). In node it is already there and nothing changes.
 */
// eslint-disable-next-line no-restricted-imports -- the npm `buffer` package (a browser Buffer), not Node's module
import { Buffer as BufferPolyfill } from 'buffer/'

const scope = globalThis as { Buffer?: unknown }
scope.Buffer ??= BufferPolyfill
