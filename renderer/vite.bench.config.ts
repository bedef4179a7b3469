// `npm run bench`: the bench pages, built apart from the app (never shipped): the print bench, the
// empty page startup_ms is compared with, and the bare-IndexedDB floor of the roster import.
import { fileURLToPath } from 'node:url'
import { rendererConfig } from './vite.config'

export default rendererConfig(fileURLToPath(new URL('../dist-bench', import.meta.url)), {
  divisions: false,
  pages: ['bench/print.html', 'bench/blank.html', 'bench/idb.html', 'bench/core.html', 'bench/backup.html', 'bench/township.html'],
})
