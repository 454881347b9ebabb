#!/usr/bin/env node
// `talk-kit <command>`: the kit's commands, each a module of this folder run as it is.
import process from 'node:process'

const commands: Record<string, string> = {
  build: 'static web deck, PDF, reader view and offline worker, into dist/',
  export: 'a PDF, PNGs, PPTX, markdown or the speaker\'s notes',
  check: 'the deck check alone',
  remote: 'the dev server on the network, with the phone remote',
  pacing: 'a rehearsal\'s timings by section, and the budgets they suggest',
  serve: 'dist/ as a static host serves it',
  fonts: 'the core font subsets (--check compares the committed ones)',
  bench: 'this deck against the Slidev starter and Marp',
}

const [command] = process.argv.splice(2, 1)
if (!command || !Object.hasOwn(commands, command)) {
  const list = Object.entries(commands).map(([name, what]) => `  ${name.padEnd(8)} ${what}`).join('\n')
  console.error(`${command
    ? `Unknown command "${command}".`
    : 'Which command?'} Usage: talk-kit <command> [options], run in the talk's folder:\n${list}`)
  process.exit(1)
}
await import(`./${command}.ts`)
