/**
 * 文件名安全化 (one sanitiser for every file the app names): shared by the renderer (before a save
 * or a download) and by main (again, on every saveFile and print request), so a notice title such
 * as “关于2026/2027年度…：公示？” or one longer than 196 characters is saved under a safe name
 * instead of the save failing with nothing on screen.
 *
 * What it does: path syntax and the characters Windows forbids (< > : " / \ | ? *) and control
 * characters become '_'; bidi controls and zero-width characters are removed (`x\u202efdp.exe`
 * would show as “xexe.pdf”); runs of dots collapse (no '..'); leading/trailing spaces and trailing
 * dots go; a Windows device name (CON, NUL, COM1…) gets a '_' in front; the name is cut to
 * MAX_FILE_NAME characters keeping its extension; an empty result becomes “文件”.
 * Pure and Electron-free: imported by electron/main and by renderer/src/shell.
 */
export const MAX_FILE_NAME = 120

// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff\u00ad]/g
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

export function safeFileName(name: string, fallback = '文件'): string {
  let s = name
    .replace(INVISIBLE, '')
    .replace(UNSAFE, '_')
    .replace(/\.{2,}/g, '.')
    .trim()
  s = s.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`
  const chars = Array.from(s)
  if (chars.length > MAX_FILE_NAME) {
    const dot = s.lastIndexOf('.')
    const ext = dot > 0 && s.length - dot <= 8 ? s.slice(dot) : ''
    s = Array.from(s.slice(0, s.length - ext.length))
      .slice(0, MAX_FILE_NAME - ext.length)
      .join('')
      .trim()
      .concat(ext)
  }
  return s || fallback
}
