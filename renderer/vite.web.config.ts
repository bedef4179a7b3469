// `npm run web` / e2e / bench: the renderer alone, built to dist-web/ and served on 127.0.0.1.
export { default } from './vite.config'
