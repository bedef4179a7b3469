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

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.mount('#app')

// Ask for persistent storage after the first paint; the answer is shown in 设置.
void requestPersistentStorage()
