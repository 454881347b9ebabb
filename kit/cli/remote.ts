// `talk-kit remote [--port 3030]`: the dev server for the local network, with Slidev's remote control, and
// the phone's address as a link and a QR code in the terminal. The password is DECK_REMOTE_PASSWORD, or a
// new one each run; Slidev never gets it, the dev server's guard (kit/speaker/remote-guard.ts) does.
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { slidevBin } from '../check/deck-source.ts'
import { slidevRemoteWithoutPassword } from '../slidev/internals.ts'
import { passwordVariable, sessionVariable, whatTheNetworkSees } from '../speaker/remote-guard.ts'
import { freePortFrom, lanAddresses, newPassword, remoteInstructions } from '../speaker/remote.ts'

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
  },
})
const password = process.env[passwordVariable] || newPassword()
const port = values.port
  ? Number(values.port)
  : await freePortFrom(3030)
const root = process.cwd()
const networkView = whatTheNetworkSees(root)
const slidev = spawn(process.execPath, [
  slidevBin(),
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
