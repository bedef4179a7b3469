/**
 * Test helpers (node only): read a rendered PDF back with poppler's pdftotext / pdfinfo, and save
 * samples under test-results/print/ for people to look at. Imported by *.test.ts files only.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

function withPdfFile<T>(pdf: Uint8Array, fn: (file: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'xiangyue-pdf-'))
  const file = join(dir, 'doc.pdf')
  try {
    writeFileSync(file, pdf)
    return fn(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Text of the PDF (or of one page), `-layout` keeps each printed line on its own text line. */
export function pdfText(pdf: Uint8Array, options: { page?: number; mode?: 'layout' | 'raw' } = {}): string {
  return withPdfFile(pdf, (file) => {
    const args = [options.mode === 'raw' ? '-raw' : '-layout', '-enc', 'UTF-8']
    if (options.page) args.push('-f', String(options.page), '-l', String(options.page))
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  })
}

export function pdfPageCount(pdf: Uint8Array): number {
  return withPdfFile(pdf, (file) => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const m = /^Pages:\s+(\d+)/m.exec(info)
    if (!m?.[1]) throw new Error('pdfinfo: no page count')
    return Number(m[1])
  })
}

/** Text of each page, split into printed lines with all spaces removed. */
export function pdfPageLines(pdf: Uint8Array): string[][] {
  const pages = pdfText(pdf).split('\f')
  if (pages.length > 0 && (pages.at(-1) ?? '').trim() === '') pages.pop()
  return pages.map((p) =>
    p
      .split('\n')
      .map((l) => l.replace(/[\s\u3000]+/g, ''))
      .filter((l) => l.length > 0),
  )
}

export const SAMPLE_DIR = resolve(process.cwd(), 'test-results/print')

/** Save `name`.pdf and `name`-N.png (60 dpi) under test-results/print/. */
export function saveSample(name: string, pdf: Uint8Array, pngPages = 1): void {
  mkdirSync(SAMPLE_DIR, { recursive: true })
  const pdfFile = join(SAMPLE_DIR, `${name}.pdf`)
  writeFileSync(pdfFile, pdf)
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pngPages), pdfFile, join(SAMPLE_DIR, name)])
}
