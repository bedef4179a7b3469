import { expect, it } from 'vitest'
import { bodyParagraph, gbPage } from './document'
import { createPdfEngine } from './engine'
import type { FontCut, FontFaceId, FontSource } from './fonts'
import { coreNodeFontSource } from './fonts.core.node'
import { pdfText } from './pdf-test-utils.node'

/** coreNodeFontSource, with each load written down */
function countingSource(): { source: FontSource; loads: string[] } {
  const inner = coreNodeFontSource()
  const loads: string[] = []
  return {
    loads,
    source: {
      name: 'counting',
      load(face: FontFaceId, cut: FontCut) {
        loads.push(`${face}.${cut}`)
        return inner.load(face, cut)
      },
    },
  }
}

it('prints a first document with a character outside the core set with the full cut, and loads each file once', async () => {
  const { source, loads } = countingSource()
  const engine = createPdfEngine(source)
  const pdf = await engine.render(gbPage([bodyParagraph('村民王龘申请宅基地')], { title: '生僻字' }))
  expect(engine.lastCut).toBe('full')
  expect(pdfText(pdf).replace(/\s+/g, '')).toContain('村民王龘申请宅基地')
  // the core cut of the coverage face decided it; the three faces a notice uses came in full
  expect(loads.sort()).toEqual(['NotoSansSC-Bold.full', 'NotoSerifSC-Bold.full', 'NotoSerifSC-Regular.core', 'NotoSerifSC-Regular.full'])
  await engine.render(gbPage([bodyParagraph('村民王明')], { title: '常用字' }))
  expect(engine.lastCut).toBe('core')
  await engine.render(gbPage([bodyParagraph('村民王龘')], { title: '再来一份' }))
  expect(loads).toHaveLength(6) // + Serif Bold and Sans Bold core for the ordinary one; nothing again
}, 60_000)

it('prepares the cut the village names need, so the first preview loads nothing more', async () => {
  for (const [names, cut] of [
    ['沙浜村村民委员会', 'core'], // 浜: a village-name hanzi outside GB 2312, in the core set
    ['王龘村村民委员会', 'full'],
  ] as const) {
    const { source, loads } = countingSource()
    const engine = createPdfEngine(source)
    await engine.prepare(names)
    expect(engine.lastCut).toBe(cut)
    const before = loads.length
    await engine.render(gbPage([bodyParagraph(`${names}关于道路修缮的公示`)], { title: '公示' }))
    expect(engine.lastCut).toBe(cut)
    expect(loads.length).toBe(before)
  }
}, 60_000)
