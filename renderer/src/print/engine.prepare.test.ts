import { expect, it, vi } from 'vitest'
import { printedNames } from '@/domain/village/profile'
import { gbPage, heading, titleBlock } from './document'
import { getPdfEngine } from './engine'
import { coreNodeFontSource } from './fonts.core.node'
import { pdfmake } from './pdfmake'
import { pdfText } from './pdf-test-utils.node'
import { village as sampleVillage } from './testFixtures'

// A file of its own: the engine is one per module registry, and must not have seen 浜 before.
it('learns while preparing which cut the village names need, so the first notice is laid out once', async () => {
  const engine = await getPdfEngine(coreNodeFontSource())
  // 浜: a village-name hanzi outside level-1 GB 2312 (in the core cuts, not the lean ones)
  const village = { ...sampleVillage, villageName: '沙浜村', committeeName: '沙浜村村民委员会' }
  await engine.prepare(printedNames(village))
  const layouts = vi.spyOn(pdfmake, 'createPdf')
  const title = '关于沙浜村道路修缮的公示'
  const pdf = await engine.render(gbPage([titleBlock(title), heading(1, '一、沙浜村基本情况')], { title: '公示' }))
  expect(layouts).toHaveBeenCalledTimes(1)
  expect(engine.lastCuts).toMatchObject({ 'NotoSerifSC-Bold': 'core', 'NotoSansSC-Bold': 'core', 'NotoSerifSC-Regular': 'core' })
  expect(pdfText(pdf).replace(/\s+/g, '')).toContain(title)
}, 60_000)
