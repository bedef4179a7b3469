import { readFileSync } from 'node:fs'
import * as fontkit from 'fontkit'
import { describe, expect, it } from 'vitest'
import { faceSubsetBytes, sourceFontFile } from '../../build/fontSubset'
import { bodyParagraph, gbPage, heading, titleBlock } from './document'
import { getPdfEngine } from './engine'
import { CORE_FACES, firstCut } from './fonts'
import { coreNodeFontSource } from './fonts.core.node'
import { nodeFontSource } from './fonts.node'
import { pdfText } from './pdf-test-utils.node'

// The engine is one per process; vitest gives this file a process of its own modules.
describe('core-subset fonts in the PDF engine', () => {
  it('loads the subset cuts through the build cache, and the full cut from node_modules', async () => {
    const source = coreNodeFontSource()
    expect(source.name).toBe('node_modules-core')
    for (const face of CORE_FACES) {
      const [first, full, plain] = await Promise.all([
        source.load(face, firstCut(face)),
        source.load(face, 'full'),
        nodeFontSource().load(face, 'full'),
      ])
      expect(Buffer.compare(full, plain)).toBe(0) // (toEqual walks 15 MB element by element: minutes)
      expect(first.byteLength).toBeLessThan(full.byteLength / 3)
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

  it('moves only the title or heading face up, to the lightest cut that has the character', async () => {
    // 饕餮: level-2 GB 2312 (in the core cuts, not the lean one); 岙: a village-name hanzi (core
    // cuts only); 龘: in the full fonts only
    const lean = fontkit.create(Buffer.from(await faceSubsetBytes('NotoSerifSC-Bold', 'lean')))
    const core = fontkit.create(Buffer.from(await faceSubsetBytes('NotoSerifSC-Bold', 'core')))
    const full = fontkit.create(readFileSync(sourceFontFile('NotoSerifSC-Bold')))
    const cuts = (text: string) =>
      [...text].map((ch) => [ch, ...[lean, core, full].map((font) => font.hasGlyphForCodePoint(ch.codePointAt(0)!))])
    expect(cuts('饕岙龘')).toEqual([
      ['饕', false, true, true],
      ['岙', false, true, true],
      ['龘', false, false, true],
    ])
    const engine = await getPdfEngine(coreNodeFontSource())
    const first = { 'NotoSerifSC-Regular': 'core', 'NotoSerifSC-Bold': 'lean', 'NotoSansSC-Regular': 'core', 'NotoSansSC-Bold': 'lean' }
    // in the body only: every face stays on its first cut
    await engine.render(gbPage([titleBlock('关于铜鼎捐赠的公示'), bodyParagraph('村民捐赠饕餮纹铜鼎一件。')], { title: '公示' }))
    expect(engine.lastCuts).toEqual(first)
    // in the title: the title face, and only it, moves up to its core cut
    const title = '关于饕餮纹铜鼎捐赠的公示'
    const pdf = await engine.render(
      gbPage([titleBlock(title), heading(1, '一、基本情况'), bodyParagraph('村民捐赠饕餮纹铜鼎一件。')], { title: '公示' }),
    )
    expect(engine.lastCuts).toEqual({ ...first, 'NotoSerifSC-Bold': 'core' })
    expect(pdfText(pdf).replace(/\s+/g, '')).toContain(title)
    // a later document with one of them takes that cut at once (learnt from the one before)
    await engine.render(gbPage([titleBlock('关于饕餮纹的说明')], { title: '说明' }))
    expect(engine.lastCuts).toEqual({ ...first, 'NotoSerifSC-Bold': 'core' })
    // a village name in a 黑体 heading: the heading face moves up to its core cut
    const named = await engine.render(gbPage([titleBlock('关于修路的公示'), heading(1, '一、岙口村道路')], { title: '公示' }))
    expect(engine.lastCuts).toEqual({ ...first, 'NotoSansSC-Bold': 'core' })
    expect(pdfText(named).replace(/\s+/g, '')).toContain('一、岙口村道路')
    // a character only the full font has: straight to it (the body faces too, from the pre-check
    // of the document's characters against their core set)
    const rare = await engine.render(gbPage([titleBlock('关于王龘同志的表彰决定')], { title: '决定' }))
    expect(engine.lastCuts).toEqual({ ...first, 'NotoSerifSC-Regular': 'full', 'NotoSansSC-Regular': 'full', 'NotoSerifSC-Bold': 'full' })
    expect(pdfText(rare).replace(/\s+/g, '')).toContain('关于王龘同志的表彰决定')
  }, 60_000)

  it('asks the full font before reporting a character as unprintable', async () => {
    const engine = await getPdfEngine(coreNodeFontSource())
    expect(await engine.missingGlyphs('王龘 𠮷')).toEqual(['𠮷'])
  }, 60_000)
})
