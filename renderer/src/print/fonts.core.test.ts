import { describe, expect, it } from 'vitest'
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

  it('asks the full font before reporting a character as unprintable', async () => {
    const engine = await getPdfEngine(coreNodeFontSource())
    expect(await engine.missingGlyphs('王龘 𠮷')).toEqual(['𠮷'])
  }, 60_000)
})
