/** Test fixtures for notices (used by tests in domain/notices and print/). */
import type { NoticeContent } from './model'

export function sampleContent(overrides: Partial<NoticeContent> = {}): NoticeContent {
  return {
    kind: '名单公示',
    title: '关于2026年度最低生活保障对象审核结果的公示',
    body: ['根据《最低生活保障审核确认办法》，经村民代表会议评议，现将2026年度低保对象审核结果公示如下：'],
    attachedList: {
      columns: [
        { key: 'name', header: '姓名', field: 'name' },
        { key: 'group', header: '村民小组', field: 'group' },
        { key: 'id', header: '身份证号', field: 'idNumber', width: 130 },
        { key: 'phone', header: '联系电话', field: 'phone' },
        { key: 'bank', header: '银行账号', field: 'bankAccount' },
        { key: 'addr', header: '住址', field: 'address', groupKey: 'group' },
      ],
      rows: [
        {
          name: '张堃',
          group: '三组',
          id: '11010519491231002X',
          phone: '13800131234',
          bank: '6222021234567890123',
          addr: '东风村三组45号',
        },
      ],
    },
    period: { start: '2026-11-02', days: 7, unit: 'calendar' },
    objectionChannel: { phone: '0371-12345678', supervisionBody: '村务监督委员会' },
    issuer: '东风村村民委员会',
    dateSigned: '2026-11-02',
    sealed: true,
    ...overrides,
  }
}
