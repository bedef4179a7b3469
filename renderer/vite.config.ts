/**
 * The renderer's Vite config, shared by the Electron build (electron.vite.config.ts) and the plain
 * browser build (`npm run web`). One config means the browser e2e tests exercise the same bundle
 * the desktop app ships.
 */
import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import Components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import type { UserConfig } from 'vite'
import pkg from '../package.json' with { type: 'json' }
import { cspPlugin } from './build/csp'
import { divisionsPlugin } from './build/divisions'
import { earlyFirstReadPlugin } from './build/earlyFirstRead'
import { pdfmakeBrowserPlugin } from './build/pdfmakeBrowser'
import { printFontsPlugin } from './build/printFonts'
import { verifierPlugin } from './build/verifierPlugin'

export interface RendererBuild {
  /** build the official division files (the app needs them; the print bench page does not) */
  divisions?: boolean
  /** html entry points relative to renderer/ (default: index.html) */
  pages?: string[]
}

export function rendererConfig(outDir: string, options: RendererBuild = {}): UserConfig {
  const root = fileURLToPath(new URL('.', import.meta.url))
  return {
    root,
    base: './',
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    define: {
      __APP_VERSION__: JSON.stringify(pkg.version),
      // Vue without the Options API (every component here, in Element Plus and in vue-router is
      // written with setup) and without devtools hooks: a smaller runtime to parse at every start.
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [
      vue(),
      // Element Plus on demand: only the components a template uses are bundled, with their CSS.
      Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
      cspPlugin(),
      // the first read of IndexedDB, started from a classic script before the modules are in
      earlyFirstReadPlugin(),
      pdfmakeBrowserPlugin(),
      // virtual:print-fonts: core-subset and full TTF urls for the PDF engine
      printFontsPlugin(),
      ...(options.divisions === false ? [] : [divisionsPlugin(), verifierPlugin()]),
    ],
    // In dev, dependencies are pre-bundled apart from `plugins`: pdfmake needs its browser shims there too.
    optimizeDeps: { rolldownOptions: { plugins: [pdfmakeBrowserPlugin()] } },
    // Worker bundles do not get `plugins` in a build: the PDF worker needs the pdfmake plugin too.
    worker: { format: 'es', plugins: () => [pdfmakeBrowserPlugin(), printFontsPlugin()] },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      // electron-vite leaves the renderer unminified unless asked: the desktop app's start then
      // parses about twice the bytes the browser build does
      minify: true,
      chunkSizeWarningLimit: 4000,
      assetsInlineLimit: 0,
      // Chromium (and Electron's) knows <link rel="modulepreload">: no polyfill to run at start.
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // electron-vite wants the input spelled out (electron.vite.config.ts takes this config whole)
        input: options.pages ? options.pages.map((p) => `${root}${p}`) : `${root}index.html`,
        // Dexie in a chunk of its own: the first screen's code is then parsed in two halves at
        // once (Chromium parses each file on its own thread), not in one file after the other.
        output: { codeSplitting: { groups: [{ name: 'dexie', test: /[\\/]node_modules[\\/]dexie[\\/]/ }] } },
      },
    },
  }
}

export default rendererConfig(fileURLToPath(new URL('../dist-web', import.meta.url)))
