// `talk-kit serve`: the built deck in dist/, served as a static host serves it (kit/headless/serve.ts).
import process from 'node:process'
import { serveDeck } from '../headless/serve.ts'

const port = Number(process.env.PORT ?? 4173)
const base = process.env.BASE ?? '/'
serveDeck({ root: 'dist', port, base })
console.log(`Serving dist/ at http://127.0.0.1:${port}${base}`)
