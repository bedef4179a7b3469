/**
 * 输入归一化：把全角数字/字母/常见标点折成半角。
 *
 * 为什么单独成文件：身份证号、手机号、户号都可能从 Word、Excel、微信里粘贴而来，
 * 中文输入法默认全角，“１３８…”与“138…”在屏幕上几乎看不出区别。
 * 掩码与校验必须先折成半角，否则全角号码会绕过掩码直接印到公示栏上。
 */

/** Full-width ASCII block U+FF01–U+FF5E maps 1:1 onto U+0021–U+007E. */
const FULL_WIDTH_START = 0xff01
const FULL_WIDTH_END = 0xff5e
const FULL_TO_HALF_OFFSET = 0xfee0
/** 全角空格（中文输入法下的空格键） */
const IDEOGRAPHIC_SPACE = 0x3000

/**
 * Full-width → half-width for the ASCII block and the ideographic space.
 * Each replaced character is one UTF-16 unit in and one out, so string
 * positions are preserved (findUnmaskedPersonalNumbers relies on that).
 */
export function toHalfWidth(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= FULL_WIDTH_START && code <= FULL_WIDTH_END) {
      out += String.fromCharCode(code - FULL_TO_HALF_OFFSET)
    } else if (code === IDEOGRAPHIC_SPACE) {
      out += ' '
    } else {
      out += text[i]
    }
  }
  return out
}

/** Half-width, then drop every kind of whitespace (incl. the ideographic space). */
export function compactHalfWidth(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '')
}
