/**
 * Lets Vite bundle pdfmake from its CommonJS modules for the browser (see
 * renderer/src/print/pdfmake/index.ts for why we do not use pdfmake's prebuilt browser file).
 *
 * pdfmake, pdfkit, fontkit and png-js import a few Node modules. Inside those packages (and our
 * own engine shims) this plugin points them at browser code:
 * - stream → a five-member Readable (print/pdfmake/stream.ts)
 * - zlib (and png-js's browserify-zlib) → fflate (print/pdfmake/zlib.ts)
 * - fs     → pdfmake's virtual file system (what pdfmake's own browser build does)
 * - events, buffer → the `events` and `buffer` packages
 * and replaces unused features with stand-ins that fail loudly: brotli (WOFF2), AES (encrypted
 * PDFs), xmldoc and svg-to-pdfkit (svg nodes).
 *
 * and, as webpack does for pdfmake's own build, sets `__dirname` to '/' in those packages (pdfmake's
 * virtual file system strips it from file names).
 *
 * Everywhere else nothing changes, so the rest of the app cannot pick these up by accident.
 */
import { createRequire } from 'node:module'
import { dirname, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const require = createRequire(import.meta.url)
const shimDir = fileURLToPath(new URL('../src/print/pdfmake/', import.meta.url))
const pdfmakeDir = dirname(require.resolve('pdfmake/package.json'))

/** Packages (as path segments) whose Node imports are redirected, plus our shim folder. */
const ENGINE_PACKAGES = ['pdfmake', 'pdfkit', 'fontkit', 'png-js', 'linebreak', 'restructure', 'unicode-properties', 'unicode-trie']

function isEngineModule(importer: string | undefined): boolean {
  if (!importer) return false
  const path = importer.split('?')[0] ?? ''
  if (path.startsWith(shimDir)) return true
  return ENGINE_PACKAGES.some((pkg) => path.includes(`${sep}node_modules${sep}${pkg}${sep}`))
}

const REDIRECTS: Readonly<Record<string, string>> = {
  stream: `${shimDir}stream.ts`,
  zlib: `${shimDir}zlib.ts`,
  'browserify-zlib': `${shimDir}zlib.ts`,
  fs: `${pdfmakeDir}/js/browser-extensions/virtual-fs-cjs.js`,
  events: require.resolve('events/'),
  buffer: require.resolve('buffer/'),
  'brotli/decompress.js': `${shimDir}brotli.ts`,
  'brotli/decompress': `${shimDir}brotli.ts`,
  '@noble/ciphers/aes': `${shimDir}aes.ts`,
  '@noble/ciphers/aes.js': `${shimDir}aes.ts`,
  // pdfmake requires linebreak's CommonJS build and pdfkit imports its ES build: one copy, not two
  // (each decodes its Unicode tables when loaded).
  linebreak: require.resolve('linebreak').replace(/main\.cjs$/, 'module.mjs'),
  xmldoc: `${shimDir}svg.ts`,
  './3rd-party/svg-to-pdfkit': `${shimDir}svg.ts`,
}

export function pdfmakeBrowserPlugin(): Plugin {
  return {
    name: 'xiangyue-pdfmake-browser',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!isEngineModule(importer)) return null
      const bare = source.startsWith('node:') ? source.slice(5) : source
      return REDIRECTS[bare] ?? null
    },
    transform(code, id) {
      if (!code.includes('__dirname') || !isEngineModule(id) || id.startsWith(shimDir)) return null
      return { code: code.replace(/\b__dirname\b/g, JSON.stringify('/')), map: null }
    },
  }
}
