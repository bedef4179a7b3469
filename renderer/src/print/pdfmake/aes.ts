/** Stand-in for `@noble/ciphers/aes`: pdfkit needs it only for password-protected PDFs. */
import { unsupported } from './unsupported'

export const cbc = (): never => unsupported('加密 PDF')
export const ecb = (): never => unsupported('加密 PDF')
