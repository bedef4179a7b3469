import { createRouter, createWebHashHistory, type RouteComponent, type RouteRecordRaw } from 'vue-router'
import { useVillageStore } from '@/stores/village'
import { areas } from './areas'
import AppShell from '@/components/AppShell.vue'
// The first screen at every start is part of the app's first bundle: fetching its code only after
// the village was read would add one more round trip before anything can be shown.
import HomeView from '@/views/home/HomeView.vue'
import { modeRedirect } from '@/views/township/modeGuard'
import { elementPlusReady } from '@/components/elementPlus'
import { databasesReady } from '@/app/startup/databases'

/** Every area's screen, by area name (areas.ts): a missing one stops the app at start, not at a click. */
const areaViews: Record<string, RouteComponent | (() => Promise<unknown>)> = {
  home: HomeView,
  people: () => import('@/views/people/PeopleView.vue'),
  compact: () => import('@/views/compact/CompactView.vue'),
  notices: () => import('@/views/notices/NoticesView.vue'),
  violations: () => import('@/views/violations/ViolationsView.vue'),
  decisions: () => import('@/views/decisions/DecisionsView.vue'),
  exchange: () => import('@/views/exchange/ExchangeView.vue'),
  settings: () => import('@/views/settings/SettingsView.vue'),
}

function viewOf(name: string): RouteComponent | (() => Promise<unknown>) {
  const view = areaViews[name]
  if (!view) throw new Error(`功能区“${name}”没有对应的页面`)
  return view
}

const routes: RouteRecordRaw[] = [
  { path: '/setup', name: 'setup', component: () => import('@/views/setup/SetupView.vue'), meta: { title: '首次设置' } },
  // 乡镇汇总 (township mode): its own frame, outside the village's menu (views/township/modeGuard.ts)
  {
    path: '/township',
    component: () => import('@/views/township/TownshipLayout.vue'),
    meta: { township: true },
    children: [
      { path: '', name: 'township', component: () => import('@/views/township/TownshipView.vue'), meta: { title: '乡镇汇总' } },
      { path: ':code', name: 'township-village', component: () => import('@/views/township/VillageView.vue'), meta: { title: '村详情' } },
    ],
  },
  {
    path: '/',
    component: AppShell,
    children: [
      ...areas.map((area) => ({
        path: area.path === '/' ? '' : area.path.slice(1),
        name: area.name,
        component: viewOf(area.name),
        // plain: made of plain elements only, no Element Plus component (components/elementPlus.ts)
        meta: { title: area.title, area: area.name, plain: area.name === 'home' },
      })),
      {
        path: 'decisions/:id',
        name: 'matter',
        component: () => import('@/views/decisions/MatterDetail.vue'),
        meta: { title: '四议两公开事项', area: 'decisions' },
      },
      {
        path: 'violations/:id',
        name: 'violation-case',
        component: () => import('@/views/violations/CaseFile.vue'),
        meta: { title: '违约案件', area: 'violations' },
      },
      {
        path: 'notices/new',
        name: 'notice-new',
        component: () => import('@/views/notices/NoticeNewView.vue'),
        meta: { title: '新建公示', area: 'notices' },
      },
      {
        path: 'notices/:id',
        name: 'notice',
        component: () => import('@/views/notices/NoticeDetail.vue'),
        meta: { title: '公示', area: 'notices' },
      },
    ],
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
]

// Hash history: the same URLs work under app://xiangyue, the web server and a file preview.
export const router = createRouter({ history: createWebHashHistory(), routes })

router.beforeEach(async (to) => {
  const village = useVillageStore()
  // The mode and the village are read side by side (two databases, one wait instead of two); a
  // village that cannot be read matters only in 村委会 mode.
  const loaded = village.load().then(
    () => undefined,
    (error: unknown) => ({ error }),
  )
  // Every screen but a plain one reads through Dexie and is made of Element Plus's components,
  // which read their locale when made: both are fetched after the first screen, and waited for here.
  const screenCode = to.meta.plain === true ? undefined : Promise.all([elementPlusReady(), databasesReady()])
  const [byMode, failure] = await Promise.all([modeRedirect(to), loaded, screenCode]) // 乡镇工作人员 mode shows only the township screens
  if (byMode !== undefined) return byMode
  if (failure) throw failure.error
  if (!village.profile && to.name !== 'setup') return { name: 'setup' }
  if (village.profile && to.name === 'setup') return { name: 'home' }
  return true
})

router.afterEach((to) => {
  const title = to.meta.title as string | undefined
  document.title = title ? `${title} - 乡约` : '乡约'
})
