// Lint keeps the architecture honest: the domain stays pure, the renderer never reaches for
// Electron or Node, and style fights are left to Prettier.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const nodeModules = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'url',
  'http',
  'https',
  'net',
  'stream',
  'zlib',
  'worker_threads',
  'module',
  'process',
  'buffer',
  'util',
]
const nodeImports = [...nodeModules, ...nodeModules.map((m) => `${m}/*`)]

// *.node.ts: test and benchmark support that runs under Node only (never bundled).
const rendererSupport = ['renderer/src/**/*.test.ts', 'renderer/src/**/*.node.ts']
const rendererPatterns = [
  { group: ['node:*'], message: '渲染进程不得使用 Node 模块：需要本机能力请经由 src/shell。' },
  { group: nodeImports, message: '渲染进程不得使用 Node 模块：需要本机能力请经由 src/shell。' },
  // the electron package only: the shared contract (../electron/contract) stays importable
  { regex: '^electron(/.*)?$', message: '渲染进程不得引用 Electron：请经由 src/shell 和 electron/contract.ts。' },
  { regex: '(^|/)electron/(main|preload)(/|$)', message: '渲染进程只能引用 electron/contract.ts，不得引用主进程或预加载代码。' },
]
const uiLayerMessage = '界面层（views、stores、components）不得直接引用 db/ 或 print/：请调用 src/app 中的用例。'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-web/**',
      '**/dist-web-*/**',
      'dist-bench/**',
      'dist-verifier/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'vue/multi-word-component-names': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // TypeScript checks names itself (and knows DOM types such as BlobPart that no-undef does not)
  { files: ['**/*.ts', '**/*.vue'], rules: { 'no-undef': 'off' } },
  // command-line scripts talk to people through the console
  { files: ['scripts/**', 'tests/**'], rules: { 'no-console': 'off' } },
  // renderer/: no Electron, no Node (build-time code and tests excepted).
  {
    files: ['renderer/src/**/*.{ts,vue}'],
    ignores: rendererSupport,
    rules: { 'no-restricted-imports': ['error', { patterns: rendererPatterns }] },
  },
  // views/, stores/, components/: the UI calls use cases (src/app), never the database or the print
  // engine itself, so every write goes through the audited unit of work (design.md "Architecture").
  {
    files: ['renderer/src/{views,stores,components}/**/*.{ts,vue}'],
    ignores: rendererSupport,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/db', message: uiLayerMessage }],
          patterns: [
            ...rendererPatterns,
            { group: ['@/db/*', '@/print', '@/print/*'], message: uiLayerMessage },
            { regex: '^(\\.{1,2}/)+(db|print)(/.*)?$', message: uiLayerMessage },
          ],
        },
      ],
    },
  },
  // domain/: pure TypeScript — the law and the workflows, nothing else.
  {
    files: ['renderer/src/domain/**/*.ts'],
    ignores: ['renderer/src/domain/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'vue',
                'vue/*',
                'pinia',
                'vue-router',
                'dexie',
                'dexie/*',
                'dexie-export-import',
                'element-plus',
                'element-plus/*',
                'electron',
                'electron/*',
                'node:*',
                ...nodeImports,
              ],
              message: 'domain/ 只放纯业务规则：不得引用 vue、dexie、electron、DOM 或 Node。',
            },
            {
              group: [
                '@/app/*',
                '@/db/*',
                '@/stores/*',
                '@/views/*',
                '@/components/*',
                '@/shell/*',
                '@/print/*',
                '@/exchange/*',
                '../../db/*',
                '../../views/*',
              ],
              message: 'domain/ 不得依赖外层（app、db、stores、views、shell、print）。',
            },
          ],
        },
      ],
      // The clock is passed in (domain/calendar/clock.ts Clock); reading it here would make a rule's
      // answer depend on when it runs.
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ 不得读取时钟：请把日期或 Clock 作为参数传入。',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'domain/ 不得读取时钟：请把日期或 Clock 作为参数传入。',
        },
        {
          selector: "CallExpression[callee.object.name='performance'][callee.property.name='now']",
          message: 'domain/ 不得读取时钟：计时请放在 bench 或 app/。',
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'location'].map(
          (name) => ({
            name,
            message: 'domain/ 不得使用浏览器环境（DOM、存储、网络）。',
          }),
        ),
      ],
    },
  },
  prettier,
)
