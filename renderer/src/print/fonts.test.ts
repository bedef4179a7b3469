import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import {
  ALL_FACES,
  CORE_FACES,
  FONT_FACES,
  FontStore,
  missingCharacters,
  pdfmakeFontDictionary,
  type FontFaceId,
  type FontSource,
} from './fonts'
import { DIGIT_ADVANCE_EM, FONT_LINE_HEIGHT_EM } from './layout'
import { pdfText } from './pdf-test-utils.node'
import { fontHasGlyphs, renderPdf } from './render'
import { nodePdfEngine, renderPdfInNode } from './render.node'
import { gbPage, bodyParagraph } from './document'

describe('FontStore', () => {
  it('loads each face once, even when asked concurrently', async () => {
    const calls: FontFaceId[] = []
    const source: FontSource = {
      name: 'fake',
      load: async (face) => {
        calls.push(face)
        return new Uint8Array(4096)
      },
    }
    const store = new FontStore(source)
    await Promise.all([
      store.load('NotoSerifSC-Regular', 'core'),
      store.load('NotoSerifSC-Regular', 'core'),
      ...CORE_FACES.map((face) => store.load(face, 'core')),
    ])
    expect(calls.sort()).toEqual([...CORE_FACES].sort())
    expect(store.has('NotoSerifSC-Regular', 'core')).toBe(true)
  })

  it('keeps the cuts of a face apart', async () => {
    const calls: string[] = []
    const store = new FontStore({
      name: 'cuts',
      load: async (face, cut) => {
        calls.push(`${face}/${cut}`)
        return new Uint8Array(cut === 'core' ? 2048 : 8192)
      },
    })
    expect(await store.load('NotoSerifSC-Regular', 'core')).toHaveLength(2048)
    expect(store.has('NotoSerifSC-Regular', 'full')).toBe(false)
    expect(await store.load('NotoSerifSC-Regular', 'full')).toHaveLength(8192)
    expect(calls).toEqual(['NotoSerifSC-Regular/core', 'NotoSerifSC-Regular/full'])
  })

  it('forgets a failed load so it can be retried, with a Chinese message', async () => {
    let fail = true
    const store = new FontStore({ name: 'flaky', load: async () => (fail ? Promise.reject(new Error('offline')) : new Uint8Array(4096)) })
    await expect(store.load('NotoSansSC-Bold', 'core')).rejects.toThrow(/无法加载打印字体 NotoSansSC-Bold（常用字库）：offline/)
    await expect(store.load('NotoSansSC-Bold', 'full')).rejects.toThrow(/无法加载打印字体 NotoSansSC-Bold（完整字库）：offline/)
    fail = false
    await expect(store.load('NotoSansSC-Bold', 'core')).resolves.toHaveLength(4096)
  })

  it('maps families to bundled files only (no system font names), per cut', () => {
    expect(pdfmakeFontDictionary('full').NotoSerifSC.bold).toBe('NotoSerifSC-Bold.full.ttf')
    expect(pdfmakeFontDictionary('core')).toEqual({
      NotoSerifSC: {
        normal: 'NotoSerifSC-Regular.core.ttf',
        bold: 'NotoSerifSC-Bold.core.ttf',
        italics: 'NotoSerifSC-Regular.core.ttf',
        bolditalics: 'NotoSerifSC-Bold.core.ttf',
      },
      NotoSansSC: {
        normal: 'NotoSansSC-Regular.core.ttf',
        bold: 'NotoSansSC-Bold.core.ttf',
        italics: 'NotoSansSC-Regular.core.ttf',
        bolditalics: 'NotoSansSC-Bold.core.ttf',
      },
    })
  })

  it('missingCharacters ignores spaces and repeats', () => {
    expect(missingCharacters('a b\n𠮷𠮷c', (cp) => cp < 0x10000)).toEqual(['𠮷'])
  })
})

describe('bundled fonts (real TTFs)', () => {
  it('names, for each face, the TTF of that family and weight', () => {
    // a face wired to the wrong file (Sans for Serif, Regular for Bold) would still print, wrongly
    const require = createRequire(import.meta.url)
    for (const face of ALL_FACES) {
      const { family, bold } = FONT_FACES[face]
      const font = fontkit.create(readFileSync(require.resolve(FONT_FACES[face].packageFile)))
      const name = font.fullName.replace(/\s+/g, '')
      expect([face, name.startsWith(family === 'NotoSerifSC' ? 'NotoSerifSC' : 'NotoSansSC')]).toEqual([face, true])
      expect([face, /Bold$/.test(name)]).toEqual([face, bold])
    }
  })

  it('layout.ts metrics match the font files', async () => {
    const engine = nodePdfEngine()
    const serif = await engine.metrics('NotoSerifSC-Regular')
    expect((serif.ascent - serif.descent) / serif.unitsPerEm).toBeCloseTo(FONT_LINE_HEIGHT_EM.NotoSerifSC, 6)
    expect(Math.abs(serif.digitAdvance / serif.unitsPerEm - DIGIT_ADVANCE_EM)).toBeLessThan(0.002)
    const sansBold = await engine.metrics('NotoSansSC-Bold')
    expect((sansBold.ascent - sansBold.descent) / sansBold.unitsPerEm).toBeCloseTo(FONT_LINE_HEIGHT_EM.NotoSansSC, 6)
    const serifBold = await engine.metrics('NotoSerifSC-Bold')
    expect((serifBold.ascent - serifBold.descent) / serifBold.unitsPerEm).toBeCloseTo(FONT_LINE_HEIGHT_EM.NotoSerifSC, 6)
  })

  it('prints rare name characters 堃 喆 昇 淼 琇 犇 and reads them back', async () => {
    const rare = '张堃 李喆 王昇 赵淼 陈琇 刘犇'
    expect((await fontHasGlyphs(rare)).ok).toBe(true)
    expect((await fontHasGlyphs(rare, 'NotoSansSC', true)).ok).toBe(true)
    const pdf = await renderPdfInNode(gbPage([bodyParagraph(rare)], { title: '生僻字' }))
    const text = pdfText(pdf).replace(/\s+/g, '')
    expect(text).toContain('张堃李喆王昇赵淼陈琇刘犇')
  })

  it('knows 𠮷 (U+20BB7, CJK Ext. B) is not in the font, so the UI can warn', async () => {
    const result = await fontHasGlyphs('吉祥 𠮷野家')
    expect(result).toEqual({ ok: false, missing: ['𠮷'] })
  })

  it('renderPdf falls back to in-thread rendering where Worker is missing', async () => {
    expect(typeof Worker).toBe('undefined')
    const pdf = await renderPdf(gbPage([bodyParagraph('回退渲染')], { title: '回退' }))
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-')
    expect(pdfText(pdf)).toContain('回退渲染')
  })

  it('renderPdf also takes the builder call, and builds the document once', async () => {
    let builds = 0
    const pdf = await renderPdf(() => {
      builds++
      return gbPage([bodyParagraph('先启动后排版')], { title: '延迟' })
    })
    expect(builds).toBe(1)
    expect(pdfText(pdf)).toContain('先启动后排版')
  })
})
