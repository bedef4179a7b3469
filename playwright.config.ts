/**
 * End-to-end specs: Debian's Chromium (never a downloaded browser) against the built renderer
 * served on 127.0.0.1. Each test gets a fresh browser context, i.e. an empty IndexedDB.
 */
import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs'

const port = Number(process.env.XIANGYUE_E2E_PORT ?? 5791)
// Another build folder and port let two people run specs side by side (`vite build --outDir dist-web-x`).
// (vite resolves --outDir against renderer/, so a folder there is found too).
const wanted = process.env.XIANGYUE_E2E_DIR ?? 'dist-web'
const dir = !existsSync(wanted) && existsSync(`renderer/${wanted}`) ? `renderer/${wanted}` : wanted

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 800 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: ['--headless', ...CHROMIUM_ARGS],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --dir ${dir} --quiet`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
