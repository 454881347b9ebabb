// The speaker notes as a PDF. `slidev export-notes` launches Playwright's own browser and takes no
// executable path, so this does the same with the Chromium we found: Slidev's server in export mode,
// its /presenter/print page, printed to PDF.
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { createServer, resolveOptions } from '@slidev/cli'
import { chromium } from 'playwright-chromium'
import { chromiumArgs } from './chromium.ts'

const notesPort = 12447

/** The time the notes page prints: the last commit's, so two exports of one commit are the same file. */
function reproducibleNow(root: string): Date {
  const fromEnv = process.env.SOURCE_DATE_EPOCH
  if (fromEnv)
    return new Date(Number(fromEnv) * 1000)
  try {
    return new Date(Number(execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' }).trim()) * 1000)
  }
  catch {
    return new Date()
  }
}

export async function exportNotesPdf({ root, output, executablePath }: { root: string, output: string, executablePath: string }) {
  const options = await resolveOptions({
    entry: join(root, 'slides.md'),
  }, 'export')
  const server = await createServer(options, {
    server: { port: notesPort, strictPort: true },
    clearScreen: false,
    logLevel: 'warn',
  })
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    await server.listen(notesPort)
    const page = await browser.newPage()
    await page.clock.setFixedTime(reproducibleNow(root))
    await page.goto(`http://localhost:${notesPort}/presenter/print`, { waitUntil: 'networkidle' })
    await page.locator('.slidev-note').first().waitFor()
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({
      path: output,
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
    })
  }
  finally {
    await browser.close()
    await server.close()
  }
}
