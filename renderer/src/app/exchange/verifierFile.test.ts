import { describe, expect, it } from 'vitest'
import { VERIFIER_FILE_NAME, VERIFIER_PATH, verifierFile } from './verifierFile'

const page =
  '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>乡约报送包校验工具</title></head><body></body></html>'
const appIndex = '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8" /><title>乡约</title></head><body></body></html>'

describe('verifierFile', () => {
  it('reads the shipped page beside index.html and offers it under a Chinese name', async () => {
    let asked = ''
    const file = await verifierFile(async (url) => {
      asked = String(url)
      return new Response(page)
    })
    expect(asked).toBe(VERIFIER_PATH)
    expect(new TextDecoder().decode(file.bytes)).toBe(page)
    expect(file.fileName).toBe(VERIFIER_FILE_NAME)
  })

  it('says so in Chinese when the file is missing, unreadable or not the page', async () => {
    await expect(verifierFile(async () => new Response('', { status: 404 }))).rejects.toThrow('校验工具未能读取')
    await expect(
      verifierFile(async () => {
        throw new TypeError('Failed to fetch')
      }),
    ).rejects.toThrow('请重新安装乡约')
    // a server that answers index.html for a missing file: not the verifier
    await expect(verifierFile(async () => new Response(appIndex))).rejects.toThrow('校验工具文件不完整')
    await expect(verifierFile(async () => new Response('{"not":"html"}'))).rejects.toThrow('校验工具文件不完整')
  })
})
