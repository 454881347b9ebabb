// Starts WebKit and Gecko as Debian packages them and drives each through its standard protocol:
// WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver) in an Xvfb display of our own,
// Firefox ESR headless through WebDriver BiDi. Both are seen through one small interface, EngineTab,
// so a check is written once for every engine (engines.spec.ts).
import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { BiDiConnection, WebDriverSession } from './webdriver.ts'

export const engineNames = ['webkit', 'gecko'] as const
export type EngineName = typeof engineNames[number]

/** The viewport every engine starts with: the Chromium project's. */
export const defaultViewport = { width: 1280, height: 720 }

/** What a check can do with a page in any engine. Function arguments and results travel as JSON. */
export interface EngineTab {
  readonly engine: EngineName
  /** The browser and its version, as its driver reports them. */
  readonly browser: string
  /** The size of the page's viewport in CSS pixels (1 device pixel each). */
  setViewport: (width: number, height: number) => Promise<void>
  /** Loads a URL and waits for its load event. */
  goto: (url: string) => Promise<void>
  reload: () => Promise<void>
  /** Runs a self-contained function in the page (it sees nothing of this file) and returns its result. */
  evaluate: <A extends unknown[], T>(fn: (...args: A) => T, ...args: A) => Promise<Awaited<T>>
  press: (key: keyof typeof keyCodes) => Promise<void>
  /** The viewport as a PNG. */
  screenshot: () => Promise<Buffer>
  /**
   * Every error since the last call: console errors and uncaught errors from the engine's own log
   * where its driver reports one (BiDi), and from the test-only collector in every page of the test
   * build (tests/engines/problem-collector.js), including pages already navigated away from.
   */
  takeProblems: () => Promise<string[]>
}

export interface RunningEngine {
  tab: EngineTab
  close: () => Promise<void>
}

const keyCodes = { ArrowRight: '\uE014', ArrowLeft: '\uE012' }

interface Requirement { command: string[], aptPackage: string }

const requirements: Record<EngineName, Requirement[]> = {
  webkit: [
    {
      command: ['WebKitWebDriver'],
      aptPackage: 'webkit2gtk-driver',
    },
    {
      command: ['Xvfb'],
      aptPackage: 'xvfb',
    },
  ],
  gecko: [
    {
      command: ['firefox-esr', 'firefox'],
      aptPackage: 'firefox-esr',
    },
  ],
}

function findOnPath(names: string[]): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean)
  for (const name of names) {
    const found = dirs.map(dir => join(dir, name)).find(path => existsSync(path))
    if (found)
      return found
  }
  return undefined
}

/** One line naming what is missing and the Debian package that brings it, or undefined when all is there. */
export function missingForEngine(engine: EngineName): string | undefined {
  const missing = requirements[engine].filter(({ command }) => !findOnPath(command))
  if (missing.length === 0)
    return undefined
  return `The ${engine} tests need ${missing.map(({ command }) => command.join(' or ')).join(' and ')}: `
    + `apt-get install ${missing.map(({ aptPackage }) => aptPackage).join(' ')}`
}

function programPath(engine: EngineName, index: number): string {
  const path = findOnPath(requirements[engine][index]!.command)
  if (!path)
    throw new Error(missingForEngine(engine))
  return path
}

export function launchEngine(engine: EngineName): Promise<RunningEngine> {
  return engine === 'webkit'
    ? launchWebKit()
    : launchGecko()
}

// Every process started here and still running (OwnProcess, below).
const ownProcesses = new Set<{ kill: (signal: NodeJS.Signals) => void }>()
// A worker that ends without its fixtures' teardown still takes its browsers with it.
process.once('exit', () => {
  for (const own of ownProcesses)
    own.kill('SIGKILL')
})

/**
 * A process we started, in its own process group so that stopping it stops what it started too
 * (Firefox's content processes, MiniBrowser and its web processes). Its output is kept for errors.
 */
class OwnProcess {
  readonly child: ChildProcess
  output = ''
  private readonly exited: Promise<void>

  constructor(command: string, args: string[], env: NodeJS.ProcessEnv, extraFds = 0) {
    this.child = spawn(command, args, {
      env,
      detached: true,
      stdio: [
        'ignore',
        'pipe',
        'pipe',
        ...Array.from({ length: extraFds }, () => 'pipe' as const),
      ],
    })
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString()).slice(-4000)
    }
    this.child.stdout!.on('data', keep)
    this.child.stderr!.on('data', keep)
    this.exited = new Promise(resolve => this.child.once('exit', () => resolve()))
    ownProcesses.add(this)
    this.child.once('exit', () => ownProcesses.delete(this))
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /** Resolves once the process has ended on its own, or after `timeout` ms. */
  async ended(timeout: number) {
    await Promise.race([
      this.exited,
      new Promise(resolve => setTimeout(resolve, timeout)),
    ])
  }

  /** Asks the whole group to stop (SIGTERM), and kills what is left of it after `grace` ms. */
  async stop(grace = 5000) {
    if (this.running) {
      this.kill('SIGTERM')
      await this.ended(grace)
    }
    this.kill('SIGKILL')
    ownProcesses.delete(this)
  }

  kill(signal: NodeJS.Signals) {
    try {
      process.kill(-this.child.pid!, signal)
    }
    catch {} // the group is gone already
  }
}

/** Waits for a condition on a process we started, failing early with its output if it exits. */
async function waitForProcess<T>(own: OwnProcess, what: string, found: () => T | undefined, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout
  for (;;) {
    const value = found()
    if (value !== undefined)
      return value
    if (!own.running)
      throw new Error(`${what}: the process exited (${own.child.exitCode ?? own.child.signalCode}). Its output:\n${own.output}`)
    if (Date.now() > deadline)
      throw new Error(`${what}: not within ${timeout / 1000} s. Output so far:\n${own.output}`)
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

/** The TCP port a process listens on, read from /proc: WebKitWebDriver takes port 0 but does not say which port it got. */
function listeningPort(pid: number): number | undefined {
  const sockets = new Set<string>()
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      const inode = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))?.[1]
      if (inode)
        sockets.add(inode)
    }
  }
  catch {
    return undefined // not started yet, or gone: the caller checks which
  }
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
      // sl local_address rem_address st … inode: state 0A is LISTEN.
      const fields = line.trim().split(/\s+/)
      if (fields[3] === '0A' && sockets.has(fields[9] ?? ''))
        return Number.parseInt(fields[1]!.split(':')[1]!, 16)
    }
  }
  return undefined
}

/** A display of our own, on a free number Xvfb picks itself (-displayfd), so tests never draw on a desktop. */
async function startXvfb(): Promise<{ display: string, xvfb: OwnProcess }> {
  const xvfb = new OwnProcess(programPath('webkit', 1), [
    '-displayfd',
    '3',
    '-screen',
    '0',
    '1920x1080x24',
    '-nolisten',
    'tcp',
  ], process.env, 1)
  let written = ''
  ;(xvfb.child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => {
    written += chunk.toString()
  })
  const number = await waitForProcess(xvfb, 'Xvfb did not report its display', () => /^(\d+)\n/.exec(written)?.[1])
  return { display: `:${number}`, xvfb }
}

/** The script for an EngineTab's evaluate: calls the function with its JSON arguments and returns JSON. */
function callExpression(fn: (...args: any[]) => unknown, args: unknown[]): string {
  return `Promise.resolve().then(() => (${fn.toString()})(...${JSON.stringify(args)}))`
}

/** What the collector in the page holds, emptied; read before every navigation so no page's problems are lost. */
function drainCollector(): string[] {
  if (location.protocol !== 'http:')
    return []
  const problems = (window as unknown as { __deckProblems?: string[] }).__deckProblems
  if (!Array.isArray(problems))
    return [`${location.href}: the test-only problem collector is not on this page, so its errors cannot be seen`]
  return problems.splice(0)
}

async function launchWebKit(): Promise<RunningEngine> {
  const home = mkdtempSync(join(tmpdir(), 'deck-webkit-'))
  // prefers-reduced-motion, as the Chromium project asks for: WebKitGTK follows GTK's animation setting.
  mkdirSync(join(home, 'config', 'gtk-3.0'), { recursive: true })
  writeFileSync(join(home, 'config', 'gtk-3.0', 'settings.ini'), '[Settings]\ngtk-enable-animations=0\n')
  const { display, xvfb } = await startXvfb()
  let driver: OwnProcess | undefined
  let session: WebDriverSession | undefined
  const stop = async () => {
    await session?.close().catch(() => {})
    await driver?.stop(2000)
    await xvfb.stop(2000)
    rmSync(home, { recursive: true, force: true })
  }
  try {
    driver = new OwnProcess(programPath('webkit', 0), ['--port=0'], {
      ...process.env,
      DISPLAY: display,
      // A fresh profile every run: settings, website data (service workers, caches) and the HTTP cache.
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CACHE_HOME: join(home, 'cache'),
      NO_AT_BRIDGE: '1',
    })
    const port = await waitForProcess(driver, 'WebKitWebDriver did not start listening', () => listeningPort(driver!.child.pid!))
    session = await WebDriverSession.create(`http://127.0.0.1:${port}`, {
      'webkitgtk:browserOptions': {
        args: ['--automation'],
      },
      'pageLoadStrategy': 'normal',
    })
    await session.command('POST', '/timeouts', { script: 60_000, pageLoad: 60_000 })
    const browser = `${session.capabilities.browserName} (WebKitGTK ${session.capabilities.browserVersion})`
    const s = session
    const stash: string[] = []
    const evaluate = async <A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>> => {
      const outcome = await s.command<{ value?: string, error?: string }>('POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1];
${callExpression(fn as (...args: any[]) => unknown, args)}.then(
  value => done({ value: JSON.stringify(value === undefined ? null : value) }),
  error => done({ error: error && error.stack ? error.message + '\\n' + error.stack : String(error) }))`,
        args: [],
      })
      if (outcome.error !== undefined)
        throw new Error(`In ${browser}: ${outcome.error}`)
      return JSON.parse(outcome.value!) as Awaited<T>
    }
    const beforeLeaving = async () => {
      stash.push(...await evaluate(drainCollector))
    }
    const tab: EngineTab = {
      engine: 'webkit',
      browser,
      async setViewport(width, height) {
        // The window holds MiniBrowser's toolbar too: size it, measure the page, correct once.
        let rect = { width, height }
        for (let attempt = 0; attempt < 3; attempt++) {
          await s.command('POST', '/window/rect', rect)
          const inner = await evaluate(() => [innerWidth, innerHeight])
          if (inner[0] === width && inner[1] === height)
            return
          rect = { width: rect.width + width - inner[0]!, height: rect.height + height - inner[1]! }
        }
        throw new Error(`${browser}: could not make the viewport ${width}x${height}`)
      },
      async goto(url) {
        await beforeLeaving()
        await s.command('POST', '/url', { url })
      },
      async reload() {
        await beforeLeaving()
        await s.command('POST', '/refresh')
      },
      evaluate,
      async press(key) {
        await s.command('POST', '/actions', {
          actions: [
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value: keyCodes[key] },
                { type: 'keyUp', value: keyCodes[key] },
              ],
            },
          ],
        })
        await s.command('DELETE', '/actions')
      },
      async screenshot() {
        return Buffer.from(await s.command<string>('GET', '/screenshot'), 'base64')
      },
      async takeProblems() {
        await beforeLeaving()
        return stash.splice(0)
      },
    }
    await tab.setViewport(defaultViewport.width, defaultViewport.height)
    return { tab, close: stop }
  }
  catch (error) {
    await stop()
    throw error
  }
}

// Preferences for a test profile: no first-run pages, no background calls home on a closed network,
// reduced motion as the Chromium project asks for, light colours and one device pixel per CSS pixel.
// Firefox's remote agent adds its own recommended automation preferences on top.
const firefoxPreferences: Record<string, string | number | boolean> = {
  'ui.prefersReducedMotion': 1,
  'ui.systemUsesDarkTheme': 0,
  'layout.css.devPixelsPerPx': '1.0',
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.page': 0,
  'browser.startup.homepage_override.mstone': 'ignore',
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'app.update.disabledForTesting': true,
}

interface BiDiEvaluation {
  type: 'success' | 'exception'
  result?: { type: string, value?: unknown }
  exceptionDetails?: { text: string }
}

async function launchGecko(): Promise<RunningEngine> {
  const profile = mkdtempSync(join(tmpdir(), 'deck-gecko-'))
  writeFileSync(join(profile, 'user.js'), Object.entries(firefoxPreferences)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join(''))
  const firefox = new OwnProcess(programPath('gecko', 0), [
    '--headless',
    '--no-remote',
    '--profile',
    profile,
    '--remote-debugging-port=0',
    'about:blank',
  ], { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' })
  let connection: BiDiConnection | undefined
  const stop = async () => {
    // Closed through BiDi, Firefox ends its content processes and its profile cleanly by itself.
    if (connection && firefox.running) {
      await connection.send('browser.close').catch(() => {})
      await firefox.ended(10_000)
    }
    connection?.close()
    await firefox.stop()
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const url = await waitForProcess(firefox, 'Firefox did not start WebDriver BiDi', () => /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(firefox.output)?.[1])
    const bidi = connection = await BiDiConnection.connect(`${url}/session`)
    const { capabilities } = await bidi.send<{ capabilities: { browserName: string, browserVersion: string } }>('session.new', {
      capabilities: {
        alwaysMatch: {
          acceptInsecureCerts: false,
          unhandledPromptBehavior: { default: 'dismiss' },
        },
      },
    })
    const browser = `${capabilities.browserName} ${capabilities.browserVersion}`
    const logged: string[] = []
    // Every realm's log, the service worker's included: an error anywhere is the deck's problem.
    bidi.on('log.entryAdded', (entry: { type: string, level: string, text: string, source?: { realm?: string } }) => {
      if (entry.type === 'javascript')
        logged.push(`page error (Firefox log): ${entry.text}`)
      else if (entry.level === 'error')
        logged.push(`console error (Firefox log): ${entry.text}`)
    })
    await bidi.send('session.subscribe', {
      events: ['log.entryAdded'],
    })
    const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0 })
    const context = contexts[0]!.context
    const evaluate = async <A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>> => {
      const outcome = await bidi.send<BiDiEvaluation>('script.evaluate', {
        expression: `${callExpression(fn as (...args: any[]) => unknown, args)}.then(value => JSON.stringify(value === undefined ? null : value))`,
        target: { context },
        awaitPromise: true,
        resultOwnership: 'none',
      })
      if (outcome.type === 'exception')
        throw new Error(`In ${browser}: ${outcome.exceptionDetails!.text}`)
      return JSON.parse(String(outcome.result!.value)) as Awaited<T>
    }
    const stash: string[] = []
    const beforeLeaving = async () => {
      stash.push(...await evaluate(drainCollector))
    }
    const tab: EngineTab = {
      engine: 'gecko',
      browser,
      async setViewport(width, height) {
        await bidi.send('browsingContext.setViewport', {
          context,
          viewport: { width, height },
          devicePixelRatio: 1,
        })
      },
      async goto(url) {
        await beforeLeaving()
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' })
      },
      async reload() {
        await beforeLeaving()
        await bidi.send('browsingContext.reload', { context, wait: 'complete' })
      },
      evaluate,
      async press(key) {
        await bidi.send('input.performActions', {
          context,
          actions: [
            {
              type: 'key',
              id: 'keyboard',
              actions: [
                { type: 'keyDown', value: keyCodes[key] },
                { type: 'keyUp', value: keyCodes[key] },
              ],
            },
          ],
        })
        await bidi.send('input.releaseActions', { context })
      },
      async screenshot() {
        const { data } = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context, origin: 'viewport' })
        return Buffer.from(data, 'base64')
      },
      async takeProblems() {
        await beforeLeaving()
        return [
          ...stash.splice(0),
          ...logged.splice(0),
        ]
      },
    }
    await tab.setViewport(defaultViewport.width, defaultViewport.height)
    return { tab, close: stop }
  }
  catch (error) {
    await stop()
    throw error
  }
}
