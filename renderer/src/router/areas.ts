/** The app's areas, in menu order. */
export interface Area {
  path: string
  name: string
  title: string
  description: string
  icon: string
}

export const areas: Area[] = [
  { path: '/', name: 'home', title: '首页', description: '本村概况与待办', icon: 'HomeFilled' },
  { path: '/people', name: 'people', title: '人员', description: '户籍、村民、党员、村民代表、两委与监委会', icon: 'User' },
  {
    path: '/compact',
    name: 'compact',
    title: '村规民约',
    description: '章节条款、版本、村民会议通过与乡镇备案',
    icon: 'Notebook',
  },
  {
    path: '/decisions',
    name: 'decisions',
    title: '四议两公开',
    description: '重大事项的提议、商议、审议、决议与两公开',
    icon: 'Stamp',
  },
  {
    path: '/violations',
    name: 'violations',
    title: '违约处理',
    description: '依村规民约处理违约行为、整改与恢复',
    icon: 'Warning',
  },
  {
    path: '/notices',
    name: 'notices',
    title: '公示公告',
    description: '拟稿、打印、张贴、公示期与异议、归档',
    icon: 'Document',
  },
  {
    path: '/exchange',
    name: 'exchange',
    title: '导出与备份',
    description: '报乡镇的数据包、Excel台账、PDF与本机备份',
    icon: 'FolderOpened',
  },
  { path: '/settings', name: 'settings', title: '设置', description: '村情信息、数据安全、操作日志', icon: 'Setting' },
]
