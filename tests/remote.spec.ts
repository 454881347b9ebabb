import type { Page } from '@playwright/test'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { renderUnicodeCompact } from 'uqr'
import { lanAddresses, remoteInstructions } from '../scripts/remote.ts'
import { readDeckOutline } from './support/deck.ts'

const deck = await readDeckOutline()
const stepped = deck.find(slide => slide.no > 1 && slide.content.includes('v-click'))!

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

test('`npm run remote`: the phone, with the password, drives the presenter and the audience\'s windows', async ({ browser }) => {
  test.skip(lanAddresses().length === 0 && !process.env.CI, 'this machine has no network address a phone could reach')
  test.setTimeout(300_000)
  const port = await freePort()
  const remote = spawn(process.execPath, [
    'scripts/remote.ts',
    '--port',
    String(port),
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DECK_REMOTE_PASSWORD: '' },
  })
  const output = { text: '' }
  remote.stdout.on('data', (chunk: Uint8Array) => output.text += chunk.toString())
  remote.stderr.on('data', (chunk: Uint8Array) => output.text += chunk.toString())
  const laptop = await browser.newContext({
    viewport: { width: 1280, height: 720 },
  })
  const phoneBrowser = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  })
  try {
    const [, password] = await printed(remote, output, /Remote control, password (\w+)\./)
    const [phoneUrl] = await printed(remote, output, new RegExp(`http://[\\d.]+:${port}/remote\\?password=${password}`))
    expect(new URL(phoneUrl).hostname, 'an address on the network, not this machine\'s own').not.toBe('127.0.0.1')
    const qr = renderUnicodeCompact(phoneUrl).split('\n').map(line => `  ${line}`).join('\n')
    expect(output.text, 'the QR code in the terminal is the phone\'s address').toContain(qr)

    const local = `http://localhost:${port}`
    const audience = await laptop.newPage()
    const presenter = await laptop.newPage()
    await audience.goto(`${local}/1`)
    await expect(audience.locator('[data-slidev-no="1"] .slidev-layout').first()).toBeVisible({ timeout: 120_000 })
    await presenter.goto(`${local}/presenter/${stepped.no}?password=${password}`)
    await expect(presenter.getByRole('region', { name: 'Pacing' })).toBeVisible({ timeout: 60_000 })
    await expect.poll(() => position(audience), { timeout: 30_000 }).toEqual({ no: stepped.no, clicks: 0 })

    await test.step('the password is required', async () => {
      const stranger = await phoneBrowser.newPage()
      stranger.on('dialog', dialog => dialog.accept('not-the-password'))
      await stranger.goto(new URL('/remote', phoneUrl).href)
      await expect(stranger).toHaveURL(/\/1$/)
      await expect(stranger.getByRole('button', { name: 'Next', exact: true })).toHaveCount(0)
      await stranger.close()

      const typed = await phoneBrowser.newPage()
      typed.on('dialog', dialog => dialog.accept(password))
      await typed.goto(new URL('/remote', phoneUrl).href)
      await expect(typed.getByRole('button', { name: 'Next', exact: true })).toBeVisible({ timeout: 60_000 })
      await typed.close()
    })

    const phone = await phoneBrowser.newPage()
    await phone.goto(phoneUrl)
    // As a speaker does, each tap waits for the phone to show where the talk is: the step count comes
    // from the presenter's window, and a tap made before it arrives acts on a stale position.
    const phonePosition = (clicks: string) => phone.getByText(new RegExp(`^Slide ${stepped.no} of ${deck.length} · step ${clicks} of [1-9]`))
    await expect(phonePosition('0')).toBeVisible({ timeout: 60_000 })

    await phone.getByRole('button', { name: 'Next', exact: true }).tap()
    await expect.poll(() => position(audience)).toEqual({ no: stepped.no, clicks: 1 })
    await expect.poll(() => position(presenter)).toEqual({ no: stepped.no, clicks: 1 })
    await expect(phonePosition('1')).toBeVisible()

    await phone.getByRole('button', { name: 'Previous', exact: true }).tap()
    await expect(phonePosition('0')).toBeVisible()
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
    remote.kill('SIGTERM')
    await once(remote, 'exit')
  }
})
