// The two standard protocols the cross-engine tests speak, with nothing but Node: classic W3C WebDriver
// over HTTP (what WebKitWebDriver offers) and WebDriver BiDi over a WebSocket (what Firefox offers
// natively, no geckodriver). Only the commands the tests use; see engines.ts for how they are used.

const commandTimeout = 60_000

/** A classic WebDriver session: one HTTP request per command, errors as the spec's JSON. */
export class WebDriverSession {
  private readonly endpoint: string
  readonly id: string
  readonly capabilities: Record<string, unknown>

  private constructor(endpoint: string, id: string, capabilities: Record<string, unknown>) {
    this.endpoint = endpoint
    this.id = id
    this.capabilities = capabilities
  }

  static async create(endpoint: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const { sessionId, capabilities: granted } = await request<{ sessionId: string, capabilities: Record<string, unknown> }>(
      endpoint,
      'POST',
      '/session',
      {
        capabilities: { alwaysMatch: capabilities },
      },
    )
    return new WebDriverSession(endpoint, sessionId, granted)
  }

  command<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return request<T>(this.endpoint, method, `/session/${this.id}${path}`, body ?? (method === 'POST'
      ? {}
      : undefined))
  }

  close(): Promise<unknown> {
    return request(this.endpoint, 'DELETE', `/session/${this.id}`)
  }
}

async function request<T>(endpoint: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${endpoint}${path}`, {
    method,
    headers: body === undefined
      ? {}
      : { 'content-type': 'application/json; charset=utf-8' },
    body: body === undefined
      ? undefined
      : JSON.stringify(body),
    signal: AbortSignal.timeout(commandTimeout),
  })
  const { value } = await response.json() as { value: T & { error?: string, message?: string } }
  if (!response.ok || (value && typeof value === 'object' && 'error' in value && value.error))
    throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`)
  return value
}

interface BiDiMessage {
  id?: number
  type?: 'success' | 'error' | 'event'
  method?: string
  params?: unknown
  result?: unknown
  error?: string
  message?: string
}

/** A WebDriver BiDi connection: commands answered by id, events by method name. */
export class BiDiConnection {
  private nextId = 0
  private readonly pending = new Map<number, { resolve: (result: unknown) => void, reject: (error: Error) => void, method: string }>()
  private readonly listeners = new Map<string, ((params: any) => void)[]>()
  private closedBecause: string | undefined
  private readonly socket: WebSocket

  private constructor(socket: WebSocket) {
    this.socket = socket
    socket.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as BiDiMessage
      if (message.id === undefined) {
        for (const listener of this.listeners.get(message.method ?? '') ?? [])
          listener(message.params)
        return
      }
      const waiting = this.pending.get(message.id)
      this.pending.delete(message.id)
      if (message.type === 'error')
        waiting?.reject(new Error(`BiDi ${waiting.method}: ${message.error}: ${message.message}`))
      else
        waiting?.resolve(message.result)
    })
    socket.addEventListener('close', () => {
      this.closedBecause ??= 'the browser closed the connection'
      for (const { reject, method } of this.pending.values())
        reject(new Error(`BiDi ${method}: ${this.closedBecause}`))
      this.pending.clear()
    })
  }

  static async connect(url: string): Promise<BiDiConnection> {
    const socket = new WebSocket(url)
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true })
      socket.addEventListener('error', () => reject(new Error(`Could not connect to ${url}`)), { once: true })
    })
    return new BiDiConnection(socket)
  }

  send<T = unknown>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    if (this.closedBecause)
      return Promise.reject(new Error(`BiDi ${method}: ${this.closedBecause}`))
    const id = ++this.nextId
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id)
        reject(new Error(`BiDi ${method}: no answer within ${commandTimeout / 1000} s`))
      }, commandTimeout)
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer)
          resolve(result as T)
        },
        reject: (error) => {
          clearTimeout(timer)
          reject(error)
        },
        method,
      })
      this.socket.send(JSON.stringify({ id, method, params }))
    })
  }

  on(event: string, listener: (params: any) => void) {
    this.listeners.set(event, [
      ...(this.listeners.get(event) ?? []),
      listener,
    ])
  }

  close() {
    this.closedBecause = 'the connection was closed'
    this.socket.close()
  }
}
