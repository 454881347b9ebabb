// Serves the built deck from dist/ the way a static host does: files as they are, a folder's index.html for
// the folder, and index.html for app routes.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve } from 'node:path'
import { createGzip } from 'node:zlib'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
}

/** Headers from a Netlify-style _headers file: a path pattern line, then indented `Name: value` lines. */
export function readHeadersFile(text: string): { pattern: string, headers: Record<string, string> }[] {
  const rules: { pattern: string, headers: Record<string, string> }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#'))
      continue
    if (!/^\s/.test(line)) {
      rules.push({
        pattern: line.trim(),
        headers: {},
      })
      continue
    }
    const colon = line.indexOf(':')
    const rule = rules.at(-1)
    if (rule && colon > 0)
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return rules
}

function headersFor(path: string, rules: ReturnType<typeof readHeadersFile>): Record<string, string> {
  const matching = rules.filter(({ pattern }) => pattern.endsWith('*')
    ? path.startsWith(pattern.slice(0, -1))
    : path === pattern)
  return Object.assign({}, ...matching.map(rule => rule.headers))
}

export interface ServeOptions {
  root: string
  port: number
  /** The base path the deck was built for, starting and ending with a slash. */
  base: string
}

export function serveDeck({ root, port, base }: ServeOptions) {
  const rootDir = resolve(root)
  const indexHtml = join(rootDir, 'index.html')
  if (!existsSync(indexHtml))
    throw new Error(`No built deck at ${root}/index.html. Run \`npm run build\` first.`)

  const headersFile = join(rootDir, '_headers')
  const rules = existsSync(headersFile)
    ? readHeadersFile(readFileSync(headersFile, 'utf8'))
    : []

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not under the deck's base path ${base}\n`)
      return
    }
    const relativePath = normalize(decodeURIComponent(url.pathname.slice(base.length)))
    // A folder's index.html answers for the folder (read/ is the reader view), as on every static host.
    const folderIndex = join(rootDir, relativePath, 'index.html')
    const filePath = url.pathname.endsWith('/') && relativePath !== '.' && existsSync(folderIndex)
      ? folderIndex
      : join(rootDir, relativePath)
    const isFile = filePath.startsWith(rootDir) && existsSync(filePath) && statSync(filePath).isFile()
    // An app route (a slide number, /presenter/3) has no file and no extension: the SPA answers it.
    const isAppRoute = !isFile && extname(relativePath) === ''
    if (!isFile && !isAppRoute) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end(`Not found: ${url.pathname}\n`)
      return
    }
    const servedPath = isFile ? filePath : indexHtml
    const contentType = contentTypes[extname(servedPath)] ?? 'application/octet-stream'
    // Text goes out gzipped, as every static host sends it; fonts, images and PDFs are compressed already.
    const gzip = /^(?:text\/|application\/(?:json|manifest))|svg/.test(contentType) && /\bgzip\b/.test(String(request.headers['accept-encoding']))
    response.writeHead(200, {
      ...headersFor(url.pathname, rules),
      'content-type': contentType,
      'vary': 'accept-encoding',
      ...(gzip
        ? { 'content-encoding': 'gzip' }
        : {}),
    })
    const file = createReadStream(servedPath)
    if (gzip)
      file.pipe(createGzip()).pipe(response)
    else
      file.pipe(response)
  })
  server.listen(port, '127.0.0.1')
  return server
}
