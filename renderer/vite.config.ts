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

export function rendererConfig(outDir: string): UserConfig {
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: './',
    resolve: {
      alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
    },
    define: {
      __APP_VERSION__: JSON.stringify(pkg.version),
    },
    plugins: [
      vue(),
      // Element Plus on demand: only the components a template uses are bundled, with their CSS.
      Components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dts: false }),
      cspPlugin(),
      divisionsPlugin(),
    ],
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome120',
      chunkSizeWarningLimit: 4000,
      assetsInlineLimit: 0,
    },
  }
}

export default rendererConfig(fileURLToPath(new URL('../dist-web', import.meta.url)))
