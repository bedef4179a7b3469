/**
 * Element Plus's global configuration, fetched by elementPlus.ts before every screen but the home
 * screen: the Chinese locale, and the styles of the services screens call from script (message,
 * message box, loading), which templates do not bring in on demand. Here, not in main.ts, so the
 * first screen's stylesheet (parsed before any script runs) does not carry them.
 */
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import 'element-plus/es/components/loading/style/css'
import type { App } from 'vue'
import { provideGlobalConfig } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'

export function provideChinese(app: App): void {
  // global: message boxes opened from script, outside any component, get it too
  provideGlobalConfig({ locale: zhCn }, app, true)
}
