import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./renderer/src', import.meta.url)) },
  },
  test: {
    include: [
      'renderer/src/**/*.test.ts',
      'renderer/build/**/*.test.ts',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'scripts/**/*.test.mjs',
      'tests/unit/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
  },
})
