/**
 * The Chinese application menu. It replaces Electron's default menu, which is English and offers
 * things a village secretary should not meet (developer tools, "Learn More" links to the web).
 */
import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  dev: boolean
  getMainWindow: () => BrowserWindow | null
}

export function buildApplicationMenu(options: MenuOptions): Menu {
  const viewItems: MenuItemConstructorOptions[] = [
    // Reload drops unsaved form input, so it is a developer convenience only.
    ...(options.dev
      ? ([
          { role: 'reload', label: '重新载入' },
          { role: 'toggleDevTools', label: '开发者工具' },
          { type: 'separator' },
        ] satisfies MenuItemConstructorOptions[])
      : []),
    { role: 'resetZoom', label: '实际大小' },
    { role: 'zoomIn', label: '放大' },
    { role: 'zoomOut', label: '缩小' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '全屏' },
  ]

  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件(&F)',
      submenu: [{ role: 'quit', label: '退出', accelerator: 'CmdOrCtrl+Q' }],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { type: 'separator' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    { label: '视图(&V)', submenu: viewItems },
    {
      label: '帮助(&H)',
      submenu: [{ label: '关于乡约', click: () => showAbout(options.getMainWindow()) }],
    },
  ]
  return Menu.buildFromTemplate(template)
}

export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(buildApplicationMenu(options))
}

function showAbout(parent: BrowserWindow | null): void {
  const messageBox = {
    type: 'info' as const,
    title: '关于乡约',
    message: '乡约',
    detail: `版本 ${app.getVersion()}\n村委会村规民约、四议两公开、违约处理与公示的本地桌面软件。\n所有数据只保存在本机。`,
    buttons: ['确定'],
    noLink: true,
  }
  const shown = parent === null ? dialog.showMessageBox(messageBox) : dialog.showMessageBox(parent, messageBox)
  shown.catch((error: unknown) => console.error('[menu] 无法显示“关于”对话框：', error))
}
