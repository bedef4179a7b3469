/**
 * Vite plugin: the virtual module `virtual:print-fonts` gives the PDF engine the URLs of its fonts.
 *
 *   CORE_FONT_URLS — each face's core cut, made by fontSubset.ts (3–4 MB per face instead of
 *                    10–15 MB), emitted as hashed assets (assets/NotoSerifSC-Regular.core-<hash>.ttf);
 *   FULL_FONT_URLS — the untouched TTFs from node_modules, as `?url` imports, for the rare
 *                    character outside the core set.
 *
 * Worker bundles do not get the top-level `plugins` in a build, so the config registers this plugin
 * under `worker.plugins` too; assets a worker bundle emits are copied into the main output by Vite.
 * In dev (vite serve) all are plain `?url` imports of files on disk (the subsets from
 * node_modules/.cache/xiangyue-fonts/), served by Vite's /@fs/ handler.
 */
import type { Plugin } from 'vite'
import { ALL_FACES } from '../src/print/fonts'
import { coreSubset, sourceFontFile } from './fontSubset'

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
      const core: string[] = []
      const made = await Promise.all(ALL_FACES.map((face) => coreSubset(face)))
      ALL_FACES.forEach((face, i) => {
        const name = JSON.stringify(face)
        // absolute paths: resolved the same from a virtual module, in a worker and in dev (/@fs/)
        imports.push(`import full${i} from ${JSON.stringify(`${sourceFontFile(face)}?url`)}`)
        full.push(`${name}: full${i}`)
        const subset = made[i]!
        if (serve) {
          imports.push(`import core${i} from ${JSON.stringify(`${subset.file}?url`)}`)
          core.push(`${name}: core${i}`)
        } else {
          const ref = this.emitFile({ type: 'asset', name: `${face}.core.ttf`, source: subset.bytes })
          core.push(`${name}: import.meta.ROLLUP_FILE_URL_${ref}`)
        }
      })
      const object = (entries: string[]) => `Object.freeze({ ${entries.join(', ')} })`
      return [...imports, `export const CORE_FONT_URLS = ${object(core)}`, `export const FULL_FONT_URLS = ${object(full)}`, ''].join('\n')
    },
  }
}
