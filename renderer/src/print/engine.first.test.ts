import { expect, it } from 'vitest'
import { bodyParagraph, gbPage } from './document'
import { getPdfEngine } from './engine'
import { coreNodeFontSource } from './fonts.core.node'
import { pdfText } from './pdf-test-utils.node'

// A file of its own: the engine is one per module registry, and this must be its first document.
it('prints a first document with a character outside the core set with the full cut', async () => {
  const engine = await getPdfEngine(coreNodeFontSource())
  const pdf = await engine.render(gbPage([bodyParagraph('村民王龘申请宅基地')], { title: '生僻字' }))
  expect(engine.lastCut).toBe('full')
  expect(pdfText(pdf).replace(/\s+/g, '')).toContain('村民王龘申请宅基地')
  // the face pdfkit parsed for that first attempt now decides later documents up front
  await engine.render(gbPage([bodyParagraph('村民王明')], { title: '常用字' }))
  expect(engine.lastCut).toBe('core')
}, 60_000)
