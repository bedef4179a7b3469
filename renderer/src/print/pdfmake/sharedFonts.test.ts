import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { bodyParagraph, gbPage } from '../document'
import { createPdfEngine } from '../engine'
import { nodeFontSource } from '../fonts.node'
import { pdfText } from '../pdf-test-utils.node'
import { contentWritesBatched, parsedFontsShared } from './index'
import { EngineFiles } from './sharedFonts'

const require = createRequire(import.meta.url)
function versionOf(pkg: string): string {
  // pdfkit's package.json is not in its `exports`: found from its main file
  let dir = dirname(require.resolve(pkg))
  while (!dir.endsWith(join('node_modules', pkg))) dir = dirname(dir)
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version
}

describe('the patches of pdfmake/pdfkit internals', () => {
  it('are written for these versions: an upgrade must re-check sharedFonts.ts and contentWrites.ts', () => {
    // the internals they rely on: pdfmake's PDFDocument.provideFont/fontCache, pdfkit's
    // EmbeddedFont, _fontFamilies, _fontCount and PDFReference.write/finalize
    expect({ pdfmake: versionOf('pdfmake'), pdfkit: versionOf('pdfkit') }).toEqual({ pdfmake: '0.3.11', pdfkit: '0.19.1' })
    expect(parsedFontsShared).toBe(true)
    expect(contentWritesBatched).toBe(true)
  })

  it('share a parsed font between the documents of an engine, which still print their text', async () => {
    const engine = createPdfEngine(nodeFontSource())
    await engine.render(gbPage([bodyParagraph('共享字体')], { title: '一' }))
    const second = await engine.render(gbPage([bodyParagraph('第二份文件')], { title: '二' }))
    expect(engine.fontSharing).toBe('shared')
    expect(pdfText(second)).toContain('第二份文件')
  }, 60_000)
})

describe('EngineFiles', () => {
  it('keeps its files to itself and parses a rewritten file afresh', () => {
    const a = new EngineFiles()
    const b = new EngineFiles()
    a.writeFileSync('x.ttf', new Uint8Array([1]))
    expect([a.existsSync('x.ttf'), b.existsSync('x.ttf')]).toEqual([true, false])
    expect(() => b.readFileSync('x.ttf')).toThrow(/没有文件 x.ttf/)
    const font = {
      hasGlyphForCodePoint: () => true,
      unitsPerEm: 1000,
      ascent: 1,
      descent: -1,
      glyphForCodePoint: () => ({ advanceWidth: 1 }),
    }
    a.remember('x.ttf', font)
    expect(a.knownFont('x.ttf')).toBe(font)
    a.writeFileSync('x.ttf', new Uint8Array([2]))
    expect(a.knownFont('x.ttf')).toBeUndefined()
  })
})
