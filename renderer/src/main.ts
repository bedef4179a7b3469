import { createApp } from 'vue'
import { createPinia } from 'pinia'
// Styles of the Element Plus services used from script (templates get theirs on demand).
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import 'element-plus/es/components/loading/style/css'
import 'element-plus/theme-chalk/base.css'
import './styles/app.css'
import App from './App.vue'
import { router } from './router'
import { requestPersistentStorage } from './db/persistence'
import { appContext } from './app/context'
import { getShell } from './shell'

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')

// Ask for persistent storage after the first paint; the answer is shown in 设置.
void requestPersistentStorage()

// Desktop: an automatic backup once the first screen is interactive, then after each day of use
// (a browser keeps none by itself, so it does not even load the code). Never blocks or breaks the
// window: the backup code is loaded lazily, and failures are only logged.
const shell = getShell()
if (shell.backups.automatic) {
  void router
    .isReady()
    .then(() => import('./app/backup/automatic'))
    .then(({ startAutomaticBackups }) => startAutomaticBackups({ shell, context: () => appContext('自动备份') }))
    .catch((error: unknown) => console.warn('自动备份未能启动', error))
}
