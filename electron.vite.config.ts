import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { rendererConfig } from './renderer/vite.config'

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundle main's few dependencies (zod) so the installer ships no node_modules at all:
      // every package is a devDependency, and the renderer's are already in its bundle.
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('electron/main/index.ts') }, external: ['electron', /^node:/] },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module and cannot require anything but 'electron',
      // so it is one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(resolve('out/renderer')),
    server: { host: 'localhost', port: 5173, strictPort: true },
  },
})
