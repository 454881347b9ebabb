// What `talk-kit remote` needs (kit/cli/remote.ts): a password, a free port, the machine's addresses on the
// network, and the instructions with the phone's QR code that the terminal shows.
import type { NetworkInterfaceInfo } from 'node:os'
import { randomInt } from 'node:crypto'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { networkInterfaces } from 'node:os'
import { renderUnicodeCompact } from 'uqr'

// No 0/o, 1/l/i: the password may have to be typed on a phone from the laptop's screen.
const passwordLetters = 'abcdefghjkmnpqrstuvwxyz23456789'

export function newPassword(length = 8): string {
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
export async function freePortFrom(first: number): Promise<number> {
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
