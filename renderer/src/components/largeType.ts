/**
 * 大字模式 (large type): every screen's text and controls 1.25× as large, for older eyes.
 *
 * largeType — a ref, true when on; set it (设置 → 使用说明) and the whole window follows at once.
 * It is a choice of the person at this computer, not of the village's records, so it lives in this
 * browser profile (localStorage), not in the database, and is not audited or backed up.
 * How: the class `xy-large` on <html>; styles/app.css zooms the page by LARGE_TYPE_SCALE, so
 * Element Plus's fixed pixel sizes, dialogs and popovers grow together and layouts reflow as a
 * narrower window would (the same as the browser's own zoom, which a desktop window lacks).
 */
import { ref, watch } from 'vue'

export const LARGE_TYPE_SCALE = 1.25
const KEY = 'xiangyue:large-type'

function remembered(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

function apply(on: boolean): void {
  document.documentElement.classList.toggle('xy-large', on)
}

export const largeType = ref(remembered())
apply(largeType.value)

watch(largeType, (on) => {
  apply(on)
  try {
    localStorage.setItem(KEY, on ? '1' : '0')
  } catch {
    // storage refused: the mode holds for this session only
  }
})
