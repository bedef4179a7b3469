import { describe, expect, it } from 'vitest'
import {
  A4,
  BODY_GLYPH_SIZE,
  CHAR_PITCH,
  CHARS_PER_LINE,
  estimateTextWidth,
  gbPageNumberSide,
  gbPageNumberText,
  GB_PAGE_MARGINS,
  lineHeightFor,
  LINE_PITCH,
  LINES_PER_PAGE,
  MARGIN_BOTTOM_MM,
  MARGIN_RIGHT_MM,
  mm,
  PAGE_NUMBER_TOP_OFFSET,
  PARAGRAPH_INDENT,
  TEXT_BLOCK_HEIGHT,
  TEXT_BLOCK_WIDTH,
} from './layout'

describe('GB/T 9704-2012 layout numbers', () => {
  it('A4 in points matches 210 × 297 mm', () => {
    expect(mm(210)).toBeCloseTo(A4.width, 1)
    expect(mm(297)).toBeCloseTo(A4.height, 1)
    expect(mm(25.4)).toBeCloseTo(72, 10)
  })

  it('margins: top 37, left 28, right 26, bottom 35 mm; 版心 156 × 225 mm', () => {
    expect(MARGIN_RIGHT_MM).toBe(26)
    expect(MARGIN_BOTTOM_MM).toBe(35)
    const [left, top, right, bottom] = GB_PAGE_MARGINS
    expect(top).toBeCloseTo(104.88, 2)
    expect(left).toBeCloseTo(79.37, 2)
    expect(right).toBeCloseTo(73.7, 2)
    expect(bottom).toBeCloseTo(99.21, 2)
    expect(left + TEXT_BLOCK_WIDTH + right).toBeCloseTo(A4.width, 1)
    expect(top + TEXT_BLOCK_HEIGHT + bottom).toBeCloseTo(A4.height, 1)
    expect(TEXT_BLOCK_WIDTH).toBeCloseTo(442.2, 1)
    expect(TEXT_BLOCK_HEIGHT).toBeCloseTo(637.8, 1)
  })

  it('22 lines × 28 characters fill the 版心 exactly', () => {
    // 28 汉字 at the body size fill a line and a 29th does not fit (5.2.3: 每行排28个字，并撑满版心)
    expect(estimateTextWidth('汉'.repeat(CHARS_PER_LINE), BODY_GLYPH_SIZE)).toBeCloseTo(TEXT_BLOCK_WIDTH, 6)
    expect(estimateTextWidth('汉'.repeat(29), BODY_GLYPH_SIZE)).toBeGreaterThan(TEXT_BLOCK_WIDTH)
    expect(CHAR_PITCH).toBeCloseTo(15.793, 3)
    expect(LINES_PER_PAGE * LINE_PITCH).toBeLessThanOrEqual(TEXT_BLOCK_HEIGHT)
    expect(LINE_PITCH).toBeCloseTo(28.99, 2)
    expect(LINE_PITCH * 22).toBeLessThanOrEqual(TEXT_BLOCK_HEIGHT)
    expect(LINE_PITCH * 22).toBeGreaterThan(TEXT_BLOCK_HEIGHT - 0.05)
    // glyph size is the grid pitch: 1.3 % under the nominal 16 pt (三号)
    expect(BODY_GLYPH_SIZE).toBeCloseTo(15.79, 2)
    expect(1 - BODY_GLYPH_SIZE / 16).toBeLessThan(0.014)
    expect(PARAGRAPH_INDENT).toBeCloseTo(2 * CHAR_PITCH, 10)
  })

  it('lineHeight multipliers put every face on the 28.99 pt grid', () => {
    expect(lineHeightFor('NotoSerifSC', BODY_GLYPH_SIZE) * 1.437 * BODY_GLYPH_SIZE).toBeCloseTo(LINE_PITCH, 6)
    expect(lineHeightFor('NotoSansSC', BODY_GLYPH_SIZE) * 1.448 * BODY_GLYPH_SIZE).toBeCloseTo(LINE_PITCH, 6)
    expect(lineHeightFor('NotoSerifSC', 22) * 1.437 * 22).toBeCloseTo(LINE_PITCH, 6)
  })

  it('page number: “— n —”, 7 mm below the 版心, odd right, even left', () => {
    expect(gbPageNumberText(1)).toBe('— 1 —')
    expect(gbPageNumberText(12)).toBe('— 12 —')
    expect(gbPageNumberSide(1)).toBe('right')
    expect(gbPageNumberSide(2)).toBe('left')
    expect(gbPageNumberSide(3)).toBe('right')
    // top of the 14 pt line + distance to the dash centre = 7 mm
    expect(PAGE_NUMBER_TOP_OFFSET + (1.151 - 0.2675) * 14).toBeCloseTo(mm(7), 10)
  })

  it('estimates the width of a date (digits are narrower than 汉字)', () => {
    expect(estimateTextWidth('年月日', 10)).toBe(30)
    expect(estimateTextWidth('2026年1月5日', 10)).toBeCloseTo(30 + 6 * 5.57, 6)
  })
})
