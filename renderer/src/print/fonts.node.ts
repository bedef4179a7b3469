/**
 * Font bytes in node (vitest, scripts): read the same TTFs from node_modules.
 * Never imported by the renderer bundle (render.ts loads it only where `Worker` is missing and
 * node is present).
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { FONT_FACES, type FontSource } from './fonts'

export function nodeFontSource(): FontSource {
  const require = createRequire(import.meta.url)
  return {
    name: 'node_modules',
    // every cut is the whole font here; build-time subsets are tested through fonts.core.node.ts
    cutsAreFull: true,
    async load(face) {
      const file = require.resolve(FONT_FACES[face].packageFile)
      const buf = await readFile(file)
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    },
  }
}
