/**
 * Font bytes in node (vitest, scripts) cut as the app cuts them: the 'core' cut is the subset the
 * Vite build emits (renderer/build/fontSubset.ts), read through the same disk cache under
 * node_modules/.cache/xiangyue-fonts/; the 'full' cut is the TTF from node_modules. Tests that use
 * this source render with exactly what the app loads. A cold cache is filled on first use (1–2 s
 * for the four subsets); later processes read the cached files only.
 */
import { readFile } from 'node:fs/promises'
import { coreSubsetBytes, sourceFontFile } from '../../build/fontSubset'
import type { FontCut, FontFaceId, FontSource } from './fonts'

export function coreNodeFontSource(): FontSource {
  return {
    name: 'node_modules-core',
    async load(face: FontFaceId, cut: FontCut) {
      if (cut === 'core') return coreSubsetBytes(face)
      const buf = await readFile(sourceFontFile(face))
      return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength)
    },
  }
}
