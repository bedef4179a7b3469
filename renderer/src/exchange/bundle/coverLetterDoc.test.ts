import { describe, expect, it } from 'vitest'
import { pdfPageCount, pdfText, saveSample } from '@/print/pdf-test-utils.node'
import { renderPdfInNode } from '@/print/render.node'
import { village } from '@/print/testFixtures'
import { groupCheckCode } from '@/help/checkCode'
import { makeRotationStatement } from './rotation'
import { buildCoverLetterDoc, contentsInWords } from './coverLetterDoc'
import { sampleBundle, testSigner } from './testFixtures'

describe('contentsInWords', () => {
  it('names only what the bundle holds', () => {
    expect(contentsInWords(['data/notices.json', 'data/audit.json', 'pdf/a.pdf'])).toBe('公示公告和相关PDF文件')
    expect(contentsInWords(['data/matters.json', 'data/compactVersions.json', 'data/violations.json'])).toBe(
      '四议两公开事项、村规民约、违约处理',
    )
    expect(contentsInWords(['data/audit.json'])).toBe('操作日志的末端记录')
  })
})

describe('buildCoverLetterDoc (rendered)', () => {
  it('a sealed letter to the township with the fingerprint and the 校验码 as the screen shows them', async () => {
    const built = await sampleBundle()
    const pdf = await renderPdfInNode(buildCoverLetterDoc(built, village, { date: '2026-07-02' }))
    saveSample('cover-letter', pdf)
    // one page, and the 落款 with text on it
    const pages = pdfPageCount(pdf)
    expect(pages).toBe(1)
    const last = pdfText(pdf, { page: pages }).replace(/\s+/g, '')
    expect(last).toContain('特此函告。')
    expect(last).toContain(village.committeeName)
    const text = pdfText(pdf).replace(/\s+/g, '')
    expect(text).toContain(`关于报送${built.manifest.village.name}村务数据报送包的函`)
    expect(text).toContain(built.fingerprint)
    expect(text).toContain(groupCheckCode(built.sha256).replace(/\s+/g, ''))
    expect(text).toContain('无（首次报送）')
    expect(text).toContain(village.committeeName)
    expect(text).toContain('2026年7月2日')
  })

  it('after a key change it names both fingerprints', async () => {
    const rotation = await makeRotationStatement({
      oldSigner: testSigner(1),
      newPublicKeyRaw: testSigner(2).publicKeyRaw,
      date: '2026-07-01',
      reason: '更换办公电脑',
    })
    const built = await sampleBundle({ keyRotation: rotation }, testSigner(2))
    const pdf = await renderPdfInNode(buildCoverLetterDoc(built, village, { date: '2026-07-02' }))
    const text = pdfText(pdf).replace(/\s+/g, '')
    expect(text).toContain(`原指纹${rotation.oldFingerprint}`)
    expect(text).toContain(`新指纹${rotation.newFingerprint}`)
    expect(text).toContain('换钥声明')
  })
})
