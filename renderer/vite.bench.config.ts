// `npm run bench`: the print benchmark page, built apart from the app (never shipped).
import { fileURLToPath } from 'node:url'
import { rendererConfig } from './vite.config'

export default rendererConfig(fileURLToPath(new URL('../dist-bench', import.meta.url)), { divisions: false, pages: ['bench/print.html'] })
