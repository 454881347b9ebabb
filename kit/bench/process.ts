// Child processes for the bench: bounded by a timeout, and killed with their whole process group
// (slidev export starts its own Chromium, which would outlive a plain kill of the Node parent).
import type { ChildProcess } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import process from 'node:process'

export interface RunResult {
  code: number | null
  signal: NodeJS.Signals | null
  timedOut: boolean
  ms: number
  output: string
}

export interface RunOptions {
  cwd: string
  timeoutMs: number
  env?: NodeJS.ProcessEnv
}

const running = new Set<ChildProcess>()

/** Kills every child still running: for Ctrl-C, so no build or Chromium is left behind. */
export function killAllChildren() {
  for (const child of running)
    killGroup(child)
}

function killGroup(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null)
    return
  try {
    process.kill(-child.pid, 'SIGKILL')
  }
  catch {
    // Already gone between the check and the kill.
  }
}

/** Runs a command, keeping its combined output (for error messages) and its wall-clock time. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now()
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout can kill the grandchildren too.
    detached: true,
  })
  running.add(child)
  const chunks: Buffer[] = []
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk))
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk))
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    killGroup(child)
  }, options.timeoutMs)
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer)
      running.delete(child)
      reject(new Error(`Could not start ${command}: ${error.message}`))
    })
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      running.delete(child)
      resolve({
        code,
        signal,
        timedOut,
        ms: performance.now() - started,
        output: Buffer.concat(chunks).toString('utf8'),
      })
    })
  })
}

/** The last lines of a command's output, for an error message that shows why without a full log. */
export function tail(output: string, lines = 15): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n')
}

/** One line saying how a command ended, for failure messages. */
export function describeExit(result: RunResult, timeoutMs: number): string {
  if (result.timedOut)
    return `timed out after ${Math.round(timeoutMs / 1000)} s`
  return result.signal
    ? `killed by ${result.signal}`
    : `exited with ${result.code}`
}
