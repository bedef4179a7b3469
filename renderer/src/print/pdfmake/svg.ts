/**
 * Stand-in for `xmldoc` and pdfmake's bundled svg-to-pdfkit: needed only for `svg` nodes, which
 * our builders never emit.
 */
import { unsupported } from './unsupported'

export class XmlDocument {
  constructor() {
    unsupported(' SVG 图形')
  }
}

export default function svgToPdfkit(): never {
  return unsupported(' SVG 图形')
}
