// `npm run remote [-- --port 3030]`: the dev server for the local network, with Slidev's remote control,
// and the phone's address as a link and a QR code in the terminal. The password is DECK_REMOTE_PASSWORD,
// or a new one each run; Slidev never gets it, the dev server's guard (scripts/remote-guard.ts) does.
import type { NetworkInterfaceInfo } from 'node:os'
import { spawn } from 'node:child_process'
import { randomBytes, randomInt } from 'node:crypto'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { renderUnicodeCompact } from 'uqr'
import { passwordVariable, sessionVariable, whatTheNetworkSees } from './remote-guard.ts'
import { slidevRemoteWithoutPassword } from './slidev-internals.ts'

// No 0/o, 1/l/i: the password may have to be typed on a phone from the laptop's screen.
const passwordLetters = 'abcdefghjkmnpqrstuvwxyz23456789'

function newPassword(length = 8): string {
  return Array.from({ length }, () => passwordLetters[randomInt(passwordLetters.length)]).join('')
}

/** The machine's IPv4 addresses that a phone on the same network can reach. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  return Object.values(interfaces)
    .flatMap(entries => entries ?? [])
    .filter(entry => entry.family === 'IPv4' && !entry.internal)
    .map(entry => entry.address)
}

async function isFree(port: number): Promise<boolean> {
  const server = createServer().listen(port, '0.0.0.0')
  try {
    await once(server, 'listening')
    return true
  }
  catch {
    return false
  }
  finally {
    server.close()
  }
}

/** Slidev's own default, 3030, or the next free port after it. */
async function freePortFrom(first: number): Promise<number> {
  for (let port = first; port < first + 100; port++) {
    if (await isFree(port))
      return port
  }
  throw new Error(`No free port from ${first} to ${first + 99}: pass one with -- --port.`)
}

/** What the terminal shows once Slidev is up: where the phone, the presenter and the audience go. */
export function remoteInstructions(password: string, port: number, addresses: string[]): string {
  const local = `http://localhost:${port}`
  const query = `?password=${encodeURIComponent(password)}`
  const laptop = [
    `  Presenter (this laptop):  ${local}/presenter/1${query}`,
    `  Audience (the projector): ${local}/1`,
  ]
  if (addresses.length === 0) {
    return [
      '',
      'Remote control: this laptop is on no network, so no phone can reach it.',
      ...laptop,
      '  Connect the laptop and the phone to one Wi-Fi network, or share the phone\'s hotspot with the',
      '  laptop, and run `npm run remote` again. Or present with the keyboard or a clicker.',
      '',
    ].join('\n')
  }
  const phones = addresses.map(address => `http://${address}:${port}/remote${query}`)
  return [
    '',
    `Remote control, password ${password}. On a phone on the same network, scan the code or open`,
    ...phones.map(url => `  ${url}`),
    '',
    ...renderUnicodeCompact(phones[0]!).split('\n').map(line => `  ${line}`),
    '',
    ...laptop,
    '',
  ].join('\n')
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
    },
  })
  const password = process.env[passwordVariable] || newPassword()
  const port = values.port
    ? Number(values.port)
    : await freePortFrom(3030)
  const root = fileURLToPath(new URL('..', import.meta.url))
  const networkView = whatTheNetworkSees(root)
  const slidev = spawn(process.execPath, [
    join('node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs'),
    slidevRemoteWithoutPassword,
    '--port',
    String(port),
    '--open=false',
  ], {
    stdio: ['inherit', 'pipe', 'inherit'],
    // The session cookie's value is new each run, and lasts through Slidev's restarts within it.
    env: {
      ...process.env,
      [passwordVariable]: password,
      [sessionVariable]: randomBytes(32).toString('base64url'),
    },
  })
  // Slidev's own output goes through as it is; ours follows its banner (which ends with the shortcuts
  // line), again after each restart, as Slidev prints the banner again.
  let sinceBanner = ''
  slidev.stdout.on('data', (chunk: Uint8Array) => {
    process.stdout.write(chunk)
    sinceBanner += chunk.toString()
    if (/shortcuts .*\n/.test(sinceBanner)) {
      sinceBanner = ''
      console.log(remoteInstructions(password, port, lanAddresses()))
      console.log(`${networkView}\n`)
    }
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => slidev.kill(signal))
  slidev.on('exit', code => process.exit(code ?? 1))
}
