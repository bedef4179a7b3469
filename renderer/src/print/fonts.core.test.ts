import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { coreFontBytes, sourceFontFile } from '../../build/fontSubset'
import { bodyParagraph, gbPage, heading, titleBlock } from './document'
import { getPdfEngine } from './engine'
import { CORE_FACES } from './fonts'
import { coreNodeFontSource } from './fonts.core.node'
import { nodeFontSource } from './fonts.node'
import { pdfText } from './pdf-test-utils.node'

// The engine is one per process; vitest gives this file a process of its own modules.
describe('core-subset fonts in the PDF engine', () => {
  it('loads the core cut through the build cache, and the full cut from node_modules', async () => {
    const source = coreNodeFontSource()
    expect(source.name).toBe('node_modules-core')
    for (const face of CORE_FACES) {
      const [core, full, plain] = await Promise.all([
        source.load(face, 'core'),
        source.load(face, 'full'),
        nodeFontSource().load(face, 'full'),
      ])
      expect(Buffer.compare(full, plain)).toBe(0) // (toEqual walks 15 MB element by element: minutes)
      expect(core.byteLength).toBeLessThan(full.byteLength / 3)
    }
  }, 60_000)

  it('renders a notice with them, with the same metrics as the full faces', async () => {
    const engine = await getPdfEngine(coreNodeFontSource())
    const serif = await engine.metrics('NotoSerifSC-Regular')
    expect(serif).toEqual({ unitsPerEm: 1000, ascent: 1151, descent: -286, digitAdvance: serif.digitAdvance })
    const text = '本村村民张堃、李喆、王昇（身份证号１１０１０１）于2026年1月5日提出申请：①宅基地；②№3。'
    const pdf = await engine.render(
      gbPage([titleBlock('关于村规民约修订的公示'), heading(1, '一、基本情况'), bodyParagraph(text)], { title: '公示' }),
    )
    const read = pdfText(pdf).replace(/\s+/g, '')
    expect(read).toContain('关于村规民约修订的公示')
    expect(read).toContain('一、基本情况')
    expect(read).toContain(text.replace(/\s+/g, ''))
    expect(engine.lastCut).toBe('core')
  }, 60_000)

  it('switches a document with a character outside the core set to the full fonts, so it still prints', async () => {
    const engine = await getPdfEngine(coreNodeFontSource())
    const pdf = await engine.render(gbPage([bodyParagraph('村民王龘')], { title: '生僻字' }))
    expect(engine.lastCut).toBe('full')
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain('村民王龘')
    // the next ordinary document is back on the core cut
    await engine.render(gbPage([bodyParagraph('村民王明')], { title: '常用字' }))
    expect(engine.lastCut).toBe('core')
  }, 60_000)

  it('switches only the title face to its full cut for a title hanzi the heading set lacks', async () => {
    // 饕餮: level-2 GB 2312, in no division or name: in the body faces' core cut, not the title face's
    const serifBoldCore = fontkit.create(Buffer.from(await coreFontBytes('NotoSerifSC-Bold')))
    const serifRegularCore = fontkit.create(Buffer.from(await coreFontBytes('NotoSerifSC-Regular')))
    const serifBoldFull = fontkit.create(readFileSync(sourceFontFile('NotoSerifSC-Bold')))
    for (const ch of '饕餮') {
      const cp = ch.codePointAt(0)!
      expect([
        ch,
        serifBoldCore.hasGlyphForCodePoint(cp),
        serifRegularCore.hasGlyphForCodePoint(cp),
        serifBoldFull.hasGlyphForCodePoint(cp),
      ]).toEqual([ch, false, true, true])
    }
    const engine = await getPdfEngine(coreNodeFontSource())
    // in the body only: every face stays on its core cut
    await engine.render(gbPage([titleBlock('关于铜鼎捐赠的公示'), bodyParagraph('村民捐赠饕餮纹铜鼎一件。')], { title: '公示' }))
    expect(engine.lastCut).toBe('core')
    // in the title: the title face, and only it, prints with its full cut
    const title = '关于饕餮纹铜鼎捐赠的公示'
    const pdf = await engine.render(
      gbPage([titleBlock(title), heading(1, '一、基本情况'), bodyParagraph('村民捐赠饕餮纹铜鼎一件。')], { title: '公示' }),
    )
    expect(engine.lastCuts).toEqual({
      'NotoSerifSC-Regular': 'core',
      'NotoSerifSC-Bold': 'full',
      'NotoSansSC-Regular': 'core',
      'NotoSansSC-Bold': 'core',
    })
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain(title)
    // a later document with them takes the full title face at once (learnt from the one before)
    await engine.render(gbPage([titleBlock('关于饕餮纹的说明')], { title: '说明' }))
    expect(engine.lastCuts?.['NotoSerifSC-Bold']).toBe('full')
  }, 60_000)

  it('asks the full font before reporting a character as unprintable', async () => {
    const engine = await getPdfEngine(coreNodeFontSource())
    expect(await engine.missingGlyphs('王龘 𠮷')).toEqual(['𠮷'])
  }, 60_000)
})
