// index.html's early script, built and run as the browser would: a classic script of its own that
// starts the first read and leaves it where begin.ts takes it.
import 'fake-indexeddb/auto'
import { readFileSync } from 'node:fs'
import { runInThisContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import type { IndexHtmlTransformContext, Plugin } from 'vite'
import { EARLY_FIRST_READ } from '../src/app/startup/earlyName'
import { DB_NAME } from '../src/db/names'
import { earlyFirstReadPlugin } from './earlyFirstRead'

const indexHtml = readFileSync(new URL('../index.html', import.meta.url), 'utf8').replace('%XIANGYUE_CSP%', "script-src 'self'")

async function build() {
  const plugin = earlyFirstReadPlugin() as Plugin & Record<string, (...args: unknown[]) => unknown>
  const emitted: { fileName: string; source: string }[] = []
  await (plugin.buildStart as (this: unknown) => Promise<void>).call({})
  const transform = plugin.transformIndexHtml as (html: string, ctx: Partial<IndexHtmlTransformContext>) => string
  const page = (name: string) => transform(indexHtml, { filename: `/x/renderer/${name}` })
  ;(plugin.generateBundle as (this: unknown) => void).call({ emitFile: (file: (typeof emitted)[0]) => emitted.push(file) })
  return { page, emitted }
}

describe('earlyFirstReadPlugin', () => {
  it('puts one classic script right after the policy, before any module or stylesheet, in index.html only', async () => {
    const { page, emitted } = await build()
    expect(emitted).toHaveLength(1)
    const { fileName } = emitted[0]!
    expect(fileName).toMatch(/^assets\/first-read-[\w-]{8}\.js$/)
    const html = page('index.html')
    const tag = `<script src="./${fileName}"></script>`
    expect(html.split(tag)).toHaveLength(2)
    expect(html.indexOf(tag)).toBeGreaterThan(html.indexOf('Content-Security-Policy'))
    expect(html.indexOf(tag)).toBeLessThan(html.indexOf('type="module"'))
    expect(html).not.toMatch(/<script[^>]*type="module"[^>]*first-read/)
    // the bench pages do not start the app
    expect(page('bench/print.html')).toBe(indexHtml)
  })

  it('the script needs nothing but the page: it starts the read and leaves its promise for begin.ts', async () => {
    const { emitted } = await build()
    const code = emitted[0]!.source
    expect(code).not.toMatch(/\bimport\b|\bexport\b/)
    runInThisContext(code)
    const started = (globalThis as Record<string, unknown>)[EARLY_FIRST_READ]
    expect(started).toBeInstanceOf(Promise)
    expect(await started).toEqual({
      village: { dbName: DB_NAME, profileRow: undefined, auditHead: undefined },
      township: { mode: undefined },
    })
    delete (globalThis as Record<string, unknown>)[EARLY_FIRST_READ]
  })
})
