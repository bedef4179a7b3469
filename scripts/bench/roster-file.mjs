/**
 * A 10,000-row 花名册 for the import benchmark, written with exceljs. IDs use county 110105 and
 * 户号 B00001… so they never collide with the seeded sample village (411381, 0001…).
 */
import ExcelJS from 'exceljs'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
// GB 11643 check character (ISO 7064 MOD 11-2); the app's own is domain/people/idNumber.ts.
const checkChar = (first17) => '10X98765432'[[...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11]
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'
const GIVEN = '伟秀英华明强军平芳娜敏静丽勇艳杰涛超霞琇堃淼'

export async function buildRosterFile(path, rows) {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('花名册')
  ws.addRow(['户号', '与户主关系', '姓名', '公民身份号码', '联系电话', '村民小组'])
  ws.getColumn(4).numFmt = '@'
  for (let i = 0; i < rows; i++) {
    const household = Math.floor(i / 4)
    const head = i % 4 === 0
    const year = 1940 + (i % 70)
    const first17 = `110105${year}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`
    ws.addRow([
      `B${String(household + 1).padStart(5, '0')}`,
      head ? '户主' : ['配偶', '子', '女'][(i % 4) - 1],
      SURNAMES[household % SURNAMES.length] + GIVEN[i % GIVEN.length] + GIVEN[(i * 7) % GIVEN.length],
      first17 + checkChar(first17),
      head ? `139${String(10_000_000 + i).padStart(8, '0')}` : '',
      head ? `第${(household % 12) + 1}村民小组` : '',
    ])
  }
  await wb.xlsx.writeFile(path)
}
