import { describe, expect, it } from 'vitest'
import { decodeXmlText, isDateFormat, openXlsx, XlsxReadError, type Parts } from './readXlsx'

const WORKBOOK = (sheets: string, pr = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${pr}<sheets>${sheets}</sheets></workbook>`
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

/** A workbook of the given sheets (name → sheetData and anything after it), shared strings and styles. */
function book(sheets: [string, string][], extra: { strings?: string; styles?: string; date1904?: boolean } = {}): Parts {
  const parts = new Map<string, string>()
  parts.set('_rels/.rels', `<Relationships><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`)
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
  rels.push(`<Relationship Id="rS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`)
  rels.push(`<Relationship Id="rT" Type="${REL}/styles" Target="styles.xml"/>`)
  parts.set('xl/_rels/workbook.xml.rels', `<Relationships>${rels.join('')}</Relationships>`)
  parts.set(
    'xl/workbook.xml',
    WORKBOOK(
      sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join(''),
      extra.date1904 ? '<workbookPr date1904="1"/>' : '',
    ),
  )
  sheets.forEach(([, body], i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet>${body}</worksheet>`))
  if (extra.strings) parts.set('xl/sharedStrings.xml', `<sst>${extra.strings}</sst>`)
  if (extra.styles) parts.set('xl/styles.xml', `<styleSheet>${extra.styles}</styleSheet>`)
  return parts
}

const LIMIT = { maxRows: 100, maxMergedCells: 1_000, sheetPart: (name: string) => name.startsWith('xl/worksheets/') }
const cellsOf = (parts: Parts, sheet = 0) =>
  openXlsx(parts, LIMIT)
    .sheets[sheet]!.read()
    .rows.map((r) => [r.number, Array.from(r.cells, (c) => c?.text ?? null)])

describe('openXlsx', () => {
  it('lists sheets in tab order by their relationships, and refuses a workbook without one', () => {
    const parts = book([
      ['封面', '<sheetData/>'],
      ['名单', '<sheetData/>'],
    ])
    expect(openXlsx(parts, LIMIT).sheets.map((s) => s.name)).toEqual(['封面', '名单'])
    const none = new Map(parts)
    none.set('xl/workbook.xml', WORKBOOK(''))
    expect(() => openXlsx(none, LIMIT)).toThrow(XlsxReadError)
    expect(() => openXlsx(new Map(), LIMIT)).toThrow(XlsxReadError)
  })

  it('reads shared strings (rich runs joined, phonetic runs left out), inline strings, str, numbers, booleans and errors', () => {
    const strings =
      '<si><t>王大山</t></si><si><r><t>李</t></r><r><rPr><b/></rPr><t xml:space="preserve">秀英 </t></r><rPh sb="0" eb="1"><t>リ</t></rPh></si><si><t>a_x000D_b&amp;c</t></si>'
    const row =
      '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>' +
      '<c r="D2" t="inlineStr"><is><t>&#x738B;&lt;&#20116;</t></is></c><c r="E2" t="str"><v>x&amp;y</v></c>' +
      '<c r="F2"><v>411381700101123</v></c><c r="G2" t="b"><v>1</v></c><c r="H2" t="e"><v>#N/A</v></c></row>'
    const sheet = openXlsx(book([['S', `<sheetData>${row}</sheetData>`]], { strings }), LIMIT).sheets[0]!.read()
    const cells = sheet.rows[0]!.cells
    expect(cells.slice(1).map((c) => [c?.text, c?.kind])).toEqual([
      ['王大山', 'text'],
      ['李秀英 ', 'text'],
      ['a\rb&c', 'text'],
      ['王<五', 'text'],
      ['x&y', 'text'],
      ['411381700101123', 'number'],
      ['TRUE', 'boolean'],
      ['#N/A', 'error'],
    ])
    expect(cells[6]?.number).toBe(411381700101123)
    expect(sheet.rowCount).toBe(2)
  })

  it('reads a number in a date format as the date, in the 1900 and the 1904 system', () => {
    const styles =
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="165" formatCode="&quot;day&quot;0"/></numFmts>' +
      '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs>'
    const data =
      '<sheetData><row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45356</v></c><c r="C1" s="3"><v>45356</v></c><c r="D1" s="4"><v>45356.75</v></c><c r="E1"><v>45356</v></c></row></sheetData>'
    const cells = openXlsx(book([['S', data]], { styles }), LIMIT).sheets[0]!.read().rows[0]!.cells
    expect(cells.slice(1).map((c) => [c?.text, c?.kind])).toEqual([
      ['2024-03-05', 'date'],
      ['2024-03-05', 'date'],
      ['45356', 'number'],
      ['2024-03-05', 'date'],
      ['45356', 'number'],
    ])
    const in1904 = openXlsx(book([['S', data]], { styles, date1904: true }), LIMIT).sheets[0]!.read().rows[0]!.cells
    expect(in1904[1]?.text).toBe('2028-03-06')
  })

  it('flags a formula and takes its cached result in the type it states; no result reads as empty', () => {
    const data =
      '<sheetData><row r="1"><c r="A1" t="str"><f>"王"&amp;"五"</f><v>王五</v></c><c r="B1"><f>1+1</f><v>2</v></c>' +
      '<c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1"><f t="shared" si="0"/></c></row></sheetData>'
    const cells = openXlsx(book([['S', data]]), LIMIT).sheets[0]!.read().rows[0]!.cells
    expect(cells.slice(1)).toEqual([
      { text: '王五', kind: 'text', formula: true },
      { text: '2', kind: 'number', number: 2, formula: true },
      { text: '#DIV/0!', kind: 'error', formula: true },
      { text: '', kind: 'empty', formula: true },
    ])
  })

  it('reads every cell of a merge as its top-left cell and names the others as slaves', () => {
    const data =
      '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>0007</t></is></c><c r="B1" t="inlineStr"><is><t>户主</t></is></c></row>' +
      '<row r="2"><c r="B2" t="inlineStr"><is><t>妻子</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A2:A1"/></mergeCells>'
    const sheet = openXlsx(book([['S', data]]), LIMIT).sheets[0]!.read()
    expect(sheet.rows.map((r) => [r.number, Array.from(r.cells, (c) => c?.text ?? null), [...(r.slaves ?? [])]])).toEqual([
      [1, [null, '0007', '户主'], []],
      [2, [null, '0007', '妻子'], [1]],
    ])
  })

  it('numbers rows and cells without r= in order, skips rows without values, and keeps comments and CDATA right', () => {
    const data =
      '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row r="3"><c r="B3"/></row><row><!-- a <c> in a comment --><c t="inlineStr"><is><t><![CDATA[a<b&c]]></t></is></c></row></sheetData>'
    expect(cellsOf(book([['S', data]]))).toEqual([
      [1, [null, '1', '2']],
      [4, [null, 'a<b&c']],
    ])
  })

  it('refuses more rows than allowed, counting rows that have no r=', () => {
    const rows = '<row><c><v>1</v></c></row>'.repeat(101)
    const sheet = openXlsx(book([['S', `<sheetData>${rows}</sheetData>`]]), LIMIT).sheets[0]!
    expect(() => sheet.read()).toThrow(expect.objectContaining({ tooManyRows: true }))
    const ok = openXlsx(book([['S', `<sheetData>${rows.slice(26)}</sheetData>`]]), LIMIT).sheets[0]!
    expect(ok.read().rows).toHaveLength(100)
  })

  it('refuses a merge over more cells than allowed before spreading it, and reads no part the preflight did not check', () => {
    const whole = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    const started = performance.now()
    expect(() => openXlsx(book([['S', whole]]), LIMIT).sheets[0]!.read()).toThrow(XlsxReadError)
    expect(performance.now() - started).toBeLessThan(1_000)
    const fits = '<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells><mergeCell ref="A1:J100"/></mergeCells>'
    expect(openXlsx(book([['S', fits]]), LIMIT).sheets[0]!.read().rows).toHaveLength(100)
    const elsewhere = new Map(book([['S', '<sheetData/>']]))
    elsewhere.set(
      'xl/_rels/workbook.xml.rels',
      elsewhere.get('xl/_rels/workbook.xml.rels')!.replace('worksheets/sheet1.xml', 'other/sheet1.xml'),
    )
    elsewhere.set('xl/other/sheet1.xml', '<worksheet><sheetData/></worksheet>')
    expect(() => openXlsx(elsewhere, LIMIT)).toThrow(XlsxReadError)
  })

  it('stays linear on broken markup: stray < and unclosed quotes cost one pass', () => {
    const junk = '<c r="A1 <row <<'.repeat(50_000)
    const started = performance.now()
    const sheet = openXlsx(book([['S', `<sheetData>${junk}</sheetData>`]]), LIMIT).sheets[0]!.read()
    // quadratic would take minutes here; linear is well under a second
    expect(performance.now() - started).toBeLessThan(5_000)
    expect(sheet.rows).toEqual([])
  })
})

describe('decodeXmlText and isDateFormat', () => {
  it('decodes entities and character references once', () => {
    expect(decodeXmlText('&amp;lt; &#x4E00;&#19968; &quot;&apos;&gt;')).toBe('&lt; 一一 "\'>')
  })

  it('sees y m d h s outside quotes and [colour] blocks', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true)
    expect(isDateFormat('[Red]0.00')).toBe(false)
    expect(isDateFormat('"days "0')).toBe(false)
    expect(isDateFormat('General')).toBe(false)
    expect(isDateFormat('[$-F800]dddd')).toBe(true)
  })
})
