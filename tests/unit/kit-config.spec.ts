// How the kit reads a talk's talk.config.ts: the fields it names when they are missing, and a load that
// leaves the process as it found it (a later `slidev build` from the same process builds for production).
import process from 'node:process'
import { expect, test } from '@playwright/test'
import { loadTalk } from '../../kit/config/load.ts'
import { talkConfigProblems } from '../../kit/config/talk.ts'
import talk from '../../talk.config.ts'

test('a config without its required fields is told which, and how to write them', () => {
  expect(talkConfigProblems(undefined)).toEqual([
    expect.stringContaining('export default defineTalk'),
  ])
  const { sections, idKinds, ...rest } = talk
  expect(sections.length).toBeGreaterThan(0)
  expect(Object.keys(idKinds).length).toBeGreaterThan(0)
  const problems = talkConfigProblems(rest)
  expect(problems).toEqual([
    expect.stringContaining('`sections` must list'),
    expect.stringContaining('`idKinds` must be an object'),
  ])
  expect(talkConfigProblems(talk)).toEqual([])
})

test('loading the config gives the talk\'s sections and leaves NODE_ENV as it was', async () => {
  const before = process.env.NODE_ENV
  const { config, files } = await loadTalk(process.cwd())
  expect(config.sections.map(section => section.title)).toEqual(talk.sections.map(section => section.title))
  expect(files).toEqual(expect.arrayContaining([
    expect.stringMatching(/talk\.config\.ts$/),
    expect.stringMatching(/data\/sections\.ts$/),
  ]))
  expect(process.env.NODE_ENV).toBe(before)
})
