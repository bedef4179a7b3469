/**
 * The one-file verifier: its CSP allows exactly its own inline script and style and no network, and
 * in a real Chromium (Debian's, when present) it shows a valid bundle as valid, a changed one as
 * invalid with the file named, and refuses a `../` path.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildVerifierHtml } from '../../../../scripts/build-verifier.mjs'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../../../scripts/chromium.mjs'
import { LIMITS } from '../bundle/format.mjs'
import { sampleBundle } from '../bundle/testFixtures'
import { readZipDirectory, writeStoredZip } from '../bundle/zip.mjs'

let html: string
let dir: string

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

beforeAll(async () => {
  html = await buildVerifierHtml()
  dir = mkdtempSync(join(tmpdir(), 'xiangyue-verifier-'))
}, 60_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('the verifier page as built', () => {
  it('is one file: no external script, style, image, frame or link', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i)
    expect(html).not.toMatch(/<link\b/i)
    expect(html).not.toMatch(/<(img|iframe|object|embed)\b/i)
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/i)
  })

  it('has a CSP that forbids all network and allows only its own inline script and style, by hash', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
        .map(([k, ...v]) => [k, v]),
    )
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.has('connect-src')).toBe(false)
    expect(csp).not.toContain('unsafe')
    const script = /<script>([\s\S]*)<\/script>/.exec(html)![1]!
    const style = /<style>([\s\S]*)<\/style>/.exec(html)![1]!
    expect(directives.get('script-src')).toEqual([hashOf(script)])
    expect(directives.get('style-src')).toEqual([hashOf(style)])
    expect((html.match(/<script>/g) ?? []).length).toBe(1)
  })
})

describe.skipIf(!existsSync(CHROMIUM_PATH))('the verifier page in Chromium, opened from file://', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: ['--headless', ...CHROMIUM_ARGS],
    })
  }, 30_000)
  afterAll(async () => browser?.close())

  it('shows valid, altered (with the file named) and refused, and makes no request', async () => {
    const built = await sampleBundle()
    const directory = readZipDirectory(built.bytes, LIMITS)
    if (directory.fatal !== null) throw new Error(directory.fatal)
    const notices = directory.entries.find((e) => e.name === 'data/notices.json')!
    const flipped = built.bytes.slice()
    flipped[notices.dataAt + 5]! ^= 0x01
    const evil = writeStoredZip([
      ...directory.entries.map((e) => ({ name: e.name!, data: built.bytes.slice(e.dataAt, e.dataAt + e.size) })),
      { name: '../../逃逸.pdf', data: new TextEncoder().encode('%PDF-') },
    ])
    const files = { 'valid.zip': built.bytes, 'flipped.zip': flipped, 'evil.zip': evil }
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
    const page = join(dir, 'xiangyue-verify.html')
    writeFileSync(page, html)

    const tab = await browser.newPage()
    const trouble: string[] = []
    tab.on('pageerror', (e) => trouble.push(e.message))
    tab.on('console', (m) => m.type() === 'error' && trouble.push(m.text()))
    tab.on('request', (r) => !r.url().startsWith('file:') && trouble.push(r.url()))
    await tab.goto(pathToFileURL(page).href)

    const open = async (name: string) => {
      await tab.setInputFiles('#file-input', join(dir, name))
      await tab.waitForFunction((n) => document.querySelector('#verdict')?.textContent?.includes(n), name)
      return {
        valid: await tab.getAttribute('#verdict', 'data-valid'),
        files: await tab.$$eval('#files tr[data-path]', (rows) =>
          rows.map((r) => `${(r as HTMLElement).dataset.status} ${(r as HTMLElement).dataset.path}`),
        ),
        refused: await tab.$$eval('#refused tr[data-path]', (rows) => rows.map((r) => (r as HTMLElement).dataset.path)),
        fingerprint: await tab.textContent('#fingerprint'),
      }
    }
    const valid = await open('valid.zip')
    expect(valid.valid).toBe('true')
    expect(valid.fingerprint).toBe(built.fingerprint)
    expect(valid.files).toEqual(['ok data/matters.json', 'ok data/notices.json', 'ok pdf/2026-03-16-决议公开-村道硬化工程.pdf'])
    expect(await tab.textContent('#matters')).toContain('村道硬化工程')

    const changed = await open('flipped.zip')
    expect(changed.valid).toBe('false')
    expect(changed.files).toContain('altered data/notices.json')

    const refused = await open('evil.zip')
    expect(refused.valid).toBe('false')
    expect(refused.refused).toEqual(['../../逃逸.pdf'])

    await tab.fill('#registered-input', built.fingerprint.toLowerCase())
    expect(await tab.textContent('#registered-result')).toContain('一致')
    expect(trouble).toEqual([])
    // and the CSP really holds: even the page's own code cannot reach out (the browser reports the violation)
    const violated = await tab.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective))
          fetch('http://127.0.0.1:9/leak').catch(() => undefined)
        }),
    )
    expect(violated).toBe('connect-src')
  }, 60_000)
})
