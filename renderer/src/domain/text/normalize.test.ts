import { describe, expect, it } from 'vitest'
import { compactHalfWidth, toHalfWidth } from './normalize'

describe('toHalfWidth', () => {
  it('folds full-width digits, letters and punctuation', () => {
    expect(toHalfWidth('１３８００１３１２３４')).toBe('13800131234')
    expect(toHalfWidth('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002X')
    expect(toHalfWidth('ｘ')).toBe('x')
    expect(toHalfWidth('０３７１－１２３４５６７８')).toBe('0371-12345678')
  })

  it('turns the ideographic space into a normal space and keeps Chinese text', () => {
    expect(toHalfWidth('王　炎明')).toBe('王 炎明')
    expect(toHalfWidth('村民小组')).toBe('村民小组')
  })

  it('preserves length so positions map back to the original text', () => {
    const s = '号码：１３８００１３１２３４。'
    expect(toHalfWidth(s).length).toBe(s.length)
  })

  it('leaves characters just outside the full-width block alone', () => {
    // U+FF00 and U+FF5F are outside U+FF01–U+FF5E
    expect(toHalfWidth('\uff00\uff5f')).toBe('\uff00\uff5f')
  })
})

describe('compactHalfWidth', () => {
  it('removes all whitespace after folding', () => {
    expect(compactHalfWidth(' 110105　19491231 ００2x \t')).toBe('11010519491231002x')
  })
})
