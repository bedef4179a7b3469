import { describe, expect, it } from 'vitest'
import { bodyParagraph, gbPage, heading, titleBlock } from './document'
import { createPdfEngine } from './engine'
import { CORE_FACES } from './fonts'
import { coreNodeFontSource } from './fonts.core.node'
import { nodeFontSource } from './fonts.node'
import { pdfText } from './pdf-test-utils.node'

const read = (pdf: Uint8Array) => pdfText(pdf).replace(/\s+/g, '')

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
    const engine = createPdfEngine(coreNodeFontSource())
    const serif = await engine.metrics('NotoSerifSC-Regular')
    expect(serif).toEqual({ unitsPerEm: 1000, ascent: 1151, descent: -286, digitAdvance: serif.digitAdvance })
    const text = '本村村民张堃、李喆、王昇（身份证号１１０１０１）于2026年1月5日提出申请：①宅基地；②№3。'
    const pdf = await engine.render(
      gbPage([titleBlock('关于村规民约修订的公示'), heading(1, '一、基本情况'), bodyParagraph(text)], { title: '公示' }),
    )
    expect(read(pdf)).toContain('关于村规民约修订的公示')
    expect(read(pdf)).toContain('一、基本情况')
    expect(read(pdf)).toContain(text.replace(/\s+/g, ''))
    expect(engine.lastCut).toBe('core')
  }, 60_000)

  it('keeps level-2 GB 2312 and the rarer hanzi of division names on the core cut, in titles and headings too', async () => {
    // 饕餮: level-2 GB 2312; 岙: a village-name hanzi outside GB 2312
    const engine = createPdfEngine(coreNodeFontSource())
    const title = '关于饕餮纹铜鼎捐赠的公示'
    const pdf = await engine.render(
      gbPage([titleBlock(title), heading(1, '一、岙口村道路'), bodyParagraph('村民捐赠铜鼎一件。')], { title: '公示' }),
    )
    expect(engine.lastCut).toBe('core')
    expect(read(pdf)).toContain(title)
    expect(read(pdf)).toContain('一、岙口村道路')
  }, 60_000)

  it('prints a document with one character outside the core set with the full fonts, wherever it stands', async () => {
    const engine = createPdfEngine(coreNodeFontSource())
    // in the body, in a title, in a heading: 龘 (U+9F98) is in the full fonts only
    for (const doc of [
      gbPage([bodyParagraph('村民王龘')], { title: '生僻字' }),
      gbPage([titleBlock('关于王龘同志的表彰决定')], { title: '决定' }),
      gbPage([heading(1, '一、王龘的申请')], { title: '申请' }),
    ]) {
      const pdf = await engine.render(doc)
      expect(engine.lastCut).toBe('full')
      expect(read(pdf)).toContain('王龘')
    }
    // the next ordinary document is back on the core cut
    await engine.render(gbPage([bodyParagraph('村民王明')], { title: '常用字' }))
    expect(engine.lastCut).toBe('core')
  }, 60_000)

  it('lets one test file make several engines, each with its own fonts', async () => {
    const core = createPdfEngine(coreNodeFontSource())
    const full = createPdfEngine(nodeFontSource())
    const doc = () => gbPage([bodyParagraph('两台引擎各用各的字库')], { title: '两台' })
    const [a, b] = await Promise.all([core.render(doc()), full.render(doc())])
    expect([core.lastCut, full.lastCut]).toEqual(['core', 'full'])
    expect(read(a)).toContain('两台引擎各用各的字库')
    expect(read(b)).toContain('两台引擎各用各的字库')
    // the core subset is embedded from a 3–4 MB face, the other from the 10–15 MB one: both are
    // subset per document, so the files are small and close in size
    expect(Math.abs(a.byteLength - b.byteLength)).toBeLessThan(a.byteLength)
  }, 60_000)

  it('asks the full font before reporting a character as unprintable', async () => {
    const engine = createPdfEngine(coreNodeFontSource())
    expect(await engine.missingGlyphs('王龘 𠮷')).toEqual(['𠮷'])
    expect(await engine.missingGlyphs('张堃', 'NotoSansSC', true)).toEqual([])
  }, 60_000)
})
