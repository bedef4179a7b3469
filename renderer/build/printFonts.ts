/**
 * Vite plugin: the virtual module `virtual:print-fonts` gives the PDF engine the URLs of its fonts.
 *
 *   SUBSET_FONT_URLS — per subset cut ('lean', 'core'), the subsets made by fontSubset.ts of the
 *                      faces that come in that cut (1–4 MB per face instead of 10–15 MB), emitted as
 *                      hashed assets (assets/NotoSerifSC-Regular.core-<hash>.ttf);
 *   FULL_FONT_URLS   — the untouched TTFs from node_modules, as `?url` imports always did, for the
 *                      rare character outside the core set.
 *
 * Worker bundles do not get the top-level `plugins` in a build, so the config registers this plugin
 * under `worker.plugins` too; assets a worker bundle emits are copied into the main output by Vite.
 * In dev (vite serve) all are plain `?url` imports of files on disk (the subsets from
 * node_modules/.cache/xiangyue-fonts/), served by Vite's /@fs/ handler.
 */
import type { Plugin } from 'vite'
import { ALL_FACES, subsetCuts, type SubsetCut } from '../src/print/fonts'
import { faceSubset, sourceFontFile } from './fontSubset'

export const PRINT_FONTS_MODULE = 'virtual:print-fonts'
const RESOLVED_ID = `\0${PRINT_FONTS_MODULE}`

export function printFontsPlugin(): Plugin {
  let serve = false
  return {
    name: 'xiangyue-print-fonts',
    configResolved(config) {
      serve = config.command === 'serve'
    },
    resolveId(id) {
      return id === PRINT_FONTS_MODULE ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const imports: string[] = []
      const full: string[] = []
      const subsets: Record<SubsetCut, string[]> = { lean: [], core: [] }
      const cuts = ALL_FACES.flatMap((face) => subsetCuts(face).map((cut) => ({ face, cut })))
      const made = await Promise.all(cuts.map(({ face, cut }) => faceSubset(face, cut)))
      ALL_FACES.forEach((face, i) => {
        // absolute paths: resolved the same from a virtual module, in a worker and in dev (/@fs/)
        imports.push(`import full${i} from ${JSON.stringify(`${sourceFontFile(face)}?url`)}`)
        full.push(`${JSON.stringify(face)}: full${i}`)
      })
      cuts.forEach(({ face, cut }, i) => {
        const subset = made[i]!
        if (serve) {
          imports.push(`import subset${i} from ${JSON.stringify(`${subset.file}?url`)}`)
          subsets[cut].push(`${JSON.stringify(face)}: subset${i}`)
        } else {
          const ref = this.emitFile({ type: 'asset', name: `${face}.${cut}.ttf`, source: subset.bytes })
          subsets[cut].push(`${JSON.stringify(face)}: import.meta.ROLLUP_FILE_URL_${ref}`)
        }
      })
      const object = (entries: string[]) => `Object.freeze({ ${entries.join(', ')} })`
      return [
        ...imports,
        `export const SUBSET_FONT_URLS = Object.freeze({ lean: ${object(subsets.lean)}, core: ${object(subsets.core)} })`,
        `export const FULL_FONT_URLS = ${object(full)}`,
        '',
      ].join('\n')
    },
  }
}
