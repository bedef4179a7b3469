// First of all: the settings the first screen needs are read straight from IndexedDB while the
// rest of the app's code is evaluated (app/startup/begin.ts).
import { firstSettings } from './app/startup/begin'
import { createApp } from 'vue'
import { createPinia } from 'pinia'
// Element Plus's variables (the styles of its services come with its configuration: elementPlusLocale.ts).
import 'element-plus/theme-chalk/base.css'
import './styles/app.css'
import App from './App.vue'
import { router } from './router'
import { requestPersistentStorage } from './db/persistence'
import { appContext } from './app/context'
import { databasesReady } from './app/startup/databases'
import { townshipContext } from './app/township/context'
import { modeOf, startAppMode } from './app/township/mode'
import { storedProfile } from './app/village/loadProfile'
import { configureElementPlus } from './components/elementPlus'
import { getShell } from './shell'
import { useVillageStore } from './stores/village'
import { forgetPreloadedHome, preloadHome } from './views/home/homeData'

const app = createApp(App)
configureElementPlus(app)
const pinia = createPinia()
app.use(pinia)
const village = useVillageStore(pinia)
village.start(firstSettings.then((first) => first.village && storedProfile(first.village.profileRow)))
startAppMode(
  firstSettings.then((first) => first.township && modeOf(first.township.mode)),
  townshipContext,
)
// The home screen's numbers and reminders are read while the app mounts and checks the village
// (views/home/homeData.ts), not after: IndexedDB works meanwhile in another process.
if (router.resolve(location.hash.slice(1) || '/').name === 'home') {
  preloadHome(
    village.context(),
    firstSettings.then((first) => first.village && { dbName: first.village.dbName, head: first.village.auditHead }),
  )
}
app.use(router)
app.mount('#app')
// the first screen was another one after all (首次设置, 乡镇汇总): a later visit reads afresh
void router.isReady().then(() => router.currentRoute.value.name !== 'home' && forgetPreloadedHome())

// Ask for persistent storage after the first paint; the answer is shown in 设置.
void requestPersistentStorage()

// Desktop: an automatic backup once the first screen is interactive, then after each day of use
// (a browser keeps none by itself, so it does not even load the code). Never blocks or breaks the
// window: the backup code is loaded lazily, and failures are only logged.
const shell = getShell()
if (shell.backups.automatic) {
  void router
    .isReady()
    .then(() => databasesReady())
    .then(() => import('./app/backup/automatic'))
    .then(({ startAutomaticBackups }) => startAutomaticBackups({ shell, context: () => appContext('自动备份') }))
    .catch((error: unknown) => console.warn('自动备份未能启动', error))
}
