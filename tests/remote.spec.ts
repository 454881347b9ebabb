import type { Page } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { renderUnicodeCompact } from 'uqr'
import { actingPaths, sharedStateKeys, sharedStatePrefixes, slideSourcePath } from '../kit/slidev/internals.ts'
import { sessionCookie, sharedWithTheNetwork, whatTheNetworkSees, wrongPasswordLimit } from '../kit/speaker/remote-guard.ts'
import { remoteSessionPath } from '../kit/speaker/remote-session.ts'
import { lanAddresses, remoteInstructions } from '../kit/speaker/remote.ts'
import { readDeckOutline } from './support/deck.ts'

const deck = await readDeckOutline()
const stepped = deck.find(slide => slide.no > 1 && slide.content.includes('v-click'))!
const root = process.cwd()

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '0.0.0.0')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  server.close()
  return port
}

/** Resolves with the first match of `pattern` in what `npm run remote` has printed so far or prints next. */
function printed(child: ChildProcess, output: { text: string }, pattern: RegExp, timeout = 90_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} in \`npm run remote\`'s output within ${timeout} ms:\n${output.text}`)), timeout)
    const look = () => {
      const match = pattern.exec(output.text)
      if (match) {
        clearTimeout(timer)
        child.stdout!.off('data', look)
        resolve(match)
      }
    }
    child.stdout!.on('data', look)
    look()
  })
}

/** The slide and click step a window shows, from its address. */
function position(page: Page) {
  const url = new URL(page.url())
  return {
    no: Number(/(\d+)$/.exec(url.pathname)![1]),
    clicks: Number(url.searchParams.get('clicks') ?? 0),
  }
}

test('with no network, `npm run remote` says so and how to present without a phone', () => {
  const text = remoteInstructions('secret', 3030, [])
  expect(text).toContain('this laptop is on no network')
  expect(text).toContain('http://localhost:3030/presenter/1?password=secret')
  expect(text).not.toContain('/remote?')
})

test('an address that keeps guessing the password is held off for a minute, the right password too', () => {
  let now = 0
  const limit = wrongPasswordLimit(3, () => now)
  for (let failure = 1; failure <= 3; failure++) {
    expect(limit.isBlocked('192.0.2.7'), `after ${failure - 1} wrong passwords`).toBe(false)
    limit.recordFailure('192.0.2.7')
  }
  expect(limit.isBlocked('192.0.2.7')).toBe(true)
  expect(limit.isBlocked('192.0.2.8'), 'another address').toBe(false)
  now += 59_999
  expect(limit.isBlocked('192.0.2.7')).toBe(true)
  now += 1
  expect(limit.isBlocked('192.0.2.7')).toBe(false)
})

test.describe('`npm run remote` on the network', () => {
  test.skip(lanAddresses().length === 0 && !process.env.CI, 'this machine has no network address a phone could reach')
  test.describe.configure({ timeout: 300_000 })

  let remote: ChildProcess
  const output = { text: '' }
  let password: string
  let phoneUrl: string
  /** Where an attendee's phone or laptop reaches the dev server: its address on the network. */
  let network: string
  /** Where the speaker's own windows reach it. */
  let local: string

  test.beforeAll(async () => {
    test.setTimeout(180_000)
    const port = await freePort()
    remote = spawn(process.execPath, [
      'kit/cli/remote.ts',
      '--port',
      String(port),
    ], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DECK_REMOTE_PASSWORD: '' },
    })
    remote.stdout!.on('data', (chunk: Uint8Array) => output.text += chunk.toString())
    remote.stderr!.on('data', (chunk: Uint8Array) => output.text += chunk.toString())
    password = (await printed(remote, output, /Remote control, password (\w+)\./))[1]!
    phoneUrl = (await printed(remote, output, new RegExp(`http://[\\d.]+:${port}/remote\\?password=${password}`)))[0]
    network = new URL(phoneUrl).origin
    local = `http://localhost:${port}`
  })

  test.afterAll(async () => {
    remote.kill('SIGTERM')
    await once(remote, 'exit')
  })

  /** A request as any attendee's device can send it: to the network address, with no session cookie. */
  function asAttendee(path: string, init?: RequestInit): Promise<Response> {
    return fetch(new URL(path, network), init)
  }

  /** The talk's state as the server holds it: vite-plugin-vue-server-ref's module for `nav` starts with its value. */
  async function serverNav(): Promise<{ page: number, clicks: number, clicksTotal: number, blackout?: boolean }> {
    const module = await (await asAttendee(`${sharedStatePrefixes[0]}nav`)).text()
    return JSON.parse(/\b(?:ref|reactive)\((\{.*\})\)/.exec(module)![1]!)
  }

  test('the terminal says what the network is served', async () => {
    await printed(remote, output, /^The network is served .+$/m)
    expect(output.text).toContain(whatTheNetworkSees(root))
  })

  test('no page, module or answer an attendee gets holds the password, and the deck works without it', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    try {
      const page = await context.newPage()
      const answers: Promise<{ url: string, status: number, body: string }>[] = []
      page.on('response', response => answers.push(response.body()
        .then(body => body.toString('utf8'), () => '')
        .then(body => ({
          url: response.url(),
          status: response.status(),
          body,
        }))))
      await page.goto(`${network}/1`)
      await expect(page.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible({ timeout: 120_000 })
      await page.waitForLoadState('networkidle')
      const received = await Promise.all(answers)
      expect(received.map(({ url }) => new URL(url).pathname), 'the page, Slidev\'s configs and the slides').toEqual(expect.arrayContaining(['/1', '/@slidev/configs', '/@slidev/slides']))
      expect(received.filter(({ body }) => body.includes(password)).map(({ url }) => url)).toEqual([])
      expect(received.filter(({ status }) => status >= 400).map(({ status, url }) => `${status} ${url}`), 'nothing the deck loads is refused').toEqual([])
    }
    finally {
      await context.close()
    }
  })

  test('an attendee can neither move the talk, black it out, draw, nor act on the laptop', async ({ browser }) => {
    const laptop = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    try {
      const audience = await laptop.newPage()
      await audience.goto(`${local}/1`)
      await expect(audience.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible({ timeout: 120_000 })
      const presenter = await laptop.newPage()
      await presenter.goto(`${local}/presenter/${stepped.no}?password=${password}`)
      await expect(presenter.getByRole('region', { name: 'Pacing' })).toBeVisible({ timeout: 60_000 })
      await expect.poll(() => position(audience), { timeout: 30_000 }).toEqual({ no: stepped.no, clicks: 0 })
      await expect.poll(serverNav).toMatchObject({ page: stepped.no, clicks: 0 })
      // The presenter has counted the slide's clicks, so its next key press is a click, not the next slide.
      await expect.poll(async () => (await serverNav()).clicksTotal, { timeout: 30_000 }).toBeGreaterThan(0)

      const elsewhere = {
        page: deck.length,
        clicks: 0,
        blackout: true,
        lastUpdate: {
          id: 'attendee',
          type: 'presenter',
          time: Date.now(),
        },
      }
      const writes = sharedStatePrefixes.flatMap(prefix => sharedStateKeys.map(key => ({
        path: `${prefix}${key}`,
        body: key === 'nav'
          ? { data: elsewhere }
          : { data: {} },
      })))
      for (const { path, body } of writes) {
        for (const cookie of [undefined, `${sessionCookie}=forged`]) {
          const response = await asAttendee(path, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              ...cookie
                ? { Cookie: cookie }
                : {},
            },
            body: JSON.stringify(body),
          })
          expect(response.status, `POST ${path} with ${cookie ?? 'no cookie'}`).toBe(403)
          expect(await response.text()).toContain('npm run remote')
        }
      }
      // A slide the deck does not have: refused by the guard (403) before Slidev would answer 404.
      const edit = await asAttendee(slideSourcePath(deck.length + 1), { method: 'POST', body: '{"content":"x"}' })
      expect(edit.status, 'Slidev\'s slide editor').toBe(403)
      for (const path of actingPaths) {
        const response = await asAttendee(`${path}?file=${encodeURIComponent(join(root, 'does-not-exist.md'))}`)
        expect(response.status, path).toBe(403)
      }

      expect(await serverNav()).toMatchObject({ page: stepped.no, clicks: 0 })
      expect(await serverNav()).not.toMatchObject({ blackout: true })
      expect(position(audience)).toEqual({ no: stepped.no, clicks: 0 })
      await expect(audience.locator('.blackout-screen')).toHaveCount(0)

      // What a page sends over Vite's websocket besides Vite's own, such as Slidev's Monaco editor writing
      // a file, is dropped for a socket without the session.
      const socket = new WebSocket(network.replace(/^http/, 'ws'), 'vite-hmr')
      await once(socket, 'open')
      socket.send(JSON.stringify({
        type: 'custom',
        event: 'slidev:monaco-write',
        data: { file: 'slides.md', content: '' },
      }))
      await printed(remote, output, /Refused a plugin's message on the websocket from [\d.]+, which has no speaker session/)
      socket.close()
      expect(output.text, 'Slidev never saw it').not.toContain('Unauthorized file write')

      // The refused writes did not stop the presenter, who still moves the talk: once the shared state
      // holds the slide's click count again (a window that follows may have written 0 over it), its next
      // key press is a click.
      await expect.poll(async () => (await serverNav()).clicksTotal, { timeout: 30_000 }).toBeGreaterThan(0)
      await presenter.keyboard.press('ArrowRight')
      await expect.poll(() => position(audience)).toEqual({ no: stepped.no, clicks: 1 })
    }
    finally {
      await laptop.close()
    }
  })

  test('a wrong password opens no session, and its page gets the audience\'s view', async ({ browser }) => {
    const wrong = await asAttendee(remoteSessionPath, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: `${password}x` }),
    })
    expect(wrong.status).toBe(401)
    expect(wrong.headers.get('set-cookie')).toBeNull()
    expect(await wrong.text()).toContain('Wrong password')
    expect((await asAttendee(remoteSessionPath)).status).toBe(401)

    const phoneBrowser = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    try {
      const stranger = await phoneBrowser.newPage()
      stranger.on('dialog', dialog => dialog.accept('not-the-password'))
      await stranger.goto(`${network}/remote`)
      await expect.poll(() => new URL(stranger.url()).pathname, { timeout: 120_000 }).toBe('/1')
      await expect(stranger.getByRole('button', { name: 'Next', exact: true })).toHaveCount(0)

      await stranger.goto(`${network}/presenter/${stepped.no}?password=not-the-password`)
      await expect.poll(() => new URL(stranger.url()).pathname).toBe(`/${stepped.no}`)
      await expect(stranger.getByRole('region', { name: 'Pacing' })).toHaveCount(0)
    }
    finally {
      await phoneBrowser.close()
    }
  })

  test('the network is refused every file of the project the deck does not load', async () => {
    const served = (file: string) => sharedWithTheNetwork(root).some(entry => file === entry || file.startsWith(`${entry}/`))
    // The project's files as git tracks them, less those the deck loads.
    const projectFiles = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(file => file && !served(file) && existsSync(join(root, file)))
    expect(projectFiles).toEqual(expect.arrayContaining([
      'package.json',
      'kit/speaker/remote.ts',
      'kit/cli/build.ts',
      'vite.config.ts',
    ]))
    const asked = [
      ...projectFiles.map(file => `/${encodeURI(file)}`),
      // A linked worktree has a .git file, not the folder: there is no HEAD to refuse.
      ...(existsSync(join(root, '.git', 'HEAD'))
        ? ['/.git/HEAD']
        : []),
      '/node_modules/.package-lock.json',
      // The same files by the other ways Vite serves them.
      `/@fs${root}/package.json`,
      '/package.json?raw',
      '/kit/speaker/remote.ts?import',
    ]
    const answered = await Promise.all(asked.map(async path => `${(await asAttendee(path)).status} ${path}`))
    expect(answered.filter(line => !line.startsWith('403 '))).toEqual([])
  })

  test('the phone, with the password, drives the presenter and the audience\'s windows', async ({ browser }) => {
    expect(new URL(phoneUrl).hostname, 'an address on the network, not this machine\'s own').not.toBe('127.0.0.1')
    const qr = renderUnicodeCompact(phoneUrl).split('\n').map(line => `  ${line}`).join('\n')
    expect(output.text, 'the QR code in the terminal is the phone\'s address').toContain(qr)

    const laptop = await browser.newContext({
      viewport: { width: 1280, height: 720 },
    })
    const phoneBrowser = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
    try {
      const audience = await laptop.newPage()
      const presenter = await laptop.newPage()
      await audience.goto(`${local}/1`)
      await expect(audience.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible({ timeout: 120_000 })
      await presenter.goto(`${local}/presenter/${stepped.no}?password=${password}`)
      await expect(presenter.getByRole('region', { name: 'Pacing' })).toBeVisible({ timeout: 60_000 })
      await expect.poll(() => new URL(presenter.url()).searchParams.has('password'), 'the password leaves the address once it has opened the session').toBe(false)
      await expect.poll(() => position(audience), { timeout: 30_000 }).toEqual({ no: stepped.no, clicks: 0 })

      const typed = await phoneBrowser.newPage()
      typed.on('dialog', dialog => dialog.accept(password))
      await typed.goto(`${network}/remote`)
      await expect(typed.getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 60_000 })
      await typed.close()

      const phone = await phoneBrowser.newPage()
      await phone.goto(phoneUrl)
      // As a speaker does, each tap waits for the talk to get there. The phone shows its own tap at once,
      // but the step count comes from the presenter's window, and the windows pass each position back
      // to the server: a second tap that beats those echoes there is overwritten (Slidev's shared state
      // keeps the last write), as docs/remote.md says.
      const phonePosition = (clicks: string) => phone.getByText(new RegExp(`^Slide ${stepped.no} of ${deck.length} · step ${clicks} of [1-9]`))
      await expect(phonePosition('0')).toBeVisible({ timeout: 60_000 })

      await phone.getByRole('button', { name: 'Next', exact: true }).tap()
      await expect.poll(() => position(audience)).toEqual({ no: stepped.no, clicks: 1 })
      await expect.poll(() => position(presenter)).toEqual({ no: stepped.no, clicks: 1 })
      await expect(phonePosition('1')).toBeVisible()

      await phone.getByRole('button', { name: 'Previous', exact: true }).tap()
      await expect(phonePosition('0')).toBeVisible()
      await expect.poll(() => position(audience)).toEqual({ no: stepped.no, clicks: 0 })
      await expect.poll(() => position(presenter)).toEqual({ no: stepped.no, clicks: 0 })
      await phone.getByRole('button', { name: 'Previous', exact: true }).tap()
      await expect.poll(() => position(audience).no).toBe(stepped.no - 1)
      await expect.poll(() => position(presenter).no).toBe(stepped.no - 1)
      await expect(phone.getByText(`Slide ${stepped.no - 1} of ${deck.length}`)).toBeVisible()

      await phone.getByRole('button', { name: 'Black screen' }).tap()
      await expect(audience.locator('.blackout-screen')).toBeVisible()
      await expect(presenter.getByRole('status')).toContainText('The audience sees a black screen')
      await phone.getByRole('button', { name: 'Show the slide' }).tap()
      await expect(audience.locator('.blackout-screen')).toHaveCount(0)
    }
    finally {
      await laptop.close()
      await phoneBrowser.close()
    }
  })
})
