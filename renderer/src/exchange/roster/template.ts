/**
 * 花名册导入模板：一张“花名册”表（标题行、表头、一行示例），一张“填写说明”表。
 *
 * The title row is there on purpose: secretaries' own files start with one, and the template
 * shows that the import copes. The example row is obviously fake (示例 in the name, 备注 says to
 * delete it); if it is left in, the import recognises the 备注 marker and skips the row.
 */
import ExcelJS from 'exceljs'
import { computeCheckDigit } from '@/domain/people/idNumber'
import { EXAMPLE_ROW_MARKER, ROSTER_COLUMNS } from './columns'
import { addRosterSheet, workbookBytes, type RosterCells } from './layout'

export const TEMPLATE_TITLE = 'XX村村民花名册（导入模板）'
export const HELP_SHEET_NAME = '填写说明'

/** 411381 (河南省邓州市) + 1980-01-01 + 顺序码 001 (男) + the right check digit. */
const EXAMPLE_FIRST17 = '41138119800101001'

export function exampleRow(): RosterCells {
  return {
    householdNo: '0001',
    relation: '户主',
    name: '张示例',
    idNumber: EXAMPLE_FIRST17 + computeCheckDigit(EXAMPLE_FIRST17),
    phone: '13800138000',
    groupName: '一组',
    status: '在册',
    note: `（${EXAMPLE_ROW_MARKER}）`,
  }
}

const GENERAL_HELP: readonly string[] = [
  '1. 一人一行。同一户的人填同一个户号，每户必须有一行“与户主关系”填“户主”。',
  '2. 户的村民小组、电话以户主那一行为准。',
  '3. 表头所在行可以往下移，上面可以有标题；多出来的列（如序号、性别、民族）导入时会忽略。',
  '4. 性别和出生日期从身份证号自动读出，不必另填。',
  '5. 导入前软件会逐行检查，列出有问题的行和原因；确认后才写入，没问题的行一次全部导入。',
  `6. 第3行是示例，导入前请删除；若忘了删，备注里的“${EXAMPLE_ROW_MARKER}”会让软件跳过它。`,
  '7. 库里已有的人（身份证号相同）不会重复导入，会在检查结果中列出。',
]

function addHelpSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet(HELP_SHEET_NAME)
  sheet.columns = [{ width: 16 }, { width: 12 }, { width: 90 }]
  sheet.mergeCells(1, 1, 1, 3)
  const title = sheet.getCell(1, 1)
  title.value = '花名册填写说明'
  title.font = { bold: true, size: 14 }
  const head = sheet.getRow(2)
  head.values = ['列名', '是否必填', '怎么填']
  head.font = { bold: true }
  ROSTER_COLUMNS.forEach((c, i) => {
    const row = sheet.getRow(3 + i)
    const required = c.key === 'phone' || c.key === 'status' || c.key === 'note' ? '可不填' : c.key === 'groupName' ? '户主必填' : '必填'
    row.values = [c.header, required, c.help]
    row.getCell(3).alignment = { wrapText: true, vertical: 'top' }
  })
  let r = 4 + ROSTER_COLUMNS.length
  for (const line of GENERAL_HELP) {
    sheet.mergeCells(r, 1, r, 3)
    sheet.getCell(r, 1).value = line
    sheet.getCell(r, 1).alignment = { wrapText: true }
    r++
  }
}

export async function buildRosterTemplate(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '乡约'
  addRosterSheet(workbook, {
    title: TEMPLATE_TITLE,
    rows: [exampleRow()],
    exampleRows: new Set([0]),
    dropDownRows: 2000,
    freezeHeader: true,
  })
  addHelpSheet(workbook)
  return workbookBytes(workbook)
}
