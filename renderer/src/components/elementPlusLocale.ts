/** Element Plus's global configuration: the Chinese locale (fetched by elementPlus.ts). */
import type { App } from 'vue'
import { provideGlobalConfig } from 'element-plus'
import zhCn from 'element-plus/es/locale/lang/zh-cn'

export function provideChinese(app: App): void {
  // global: message boxes opened from script, outside any component, get it too
  provideGlobalConfig({ locale: zhCn }, app, true)
}
