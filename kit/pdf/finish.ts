// Finishes a PDF that Chromium printed, without rewriting it: an incremental update appends an outline,
// the document's metadata and a catalog that points at both. Chromium's tags, links and /Lang stay
// byte for byte as printed, so nothing of the structure is lost in the step.

/** One bookmark: its title, the page it opens (0-based) and the bookmarks nested under it. */
import { Buffer } from 'node:buffer'

export interface OutlineEntry {
  title: string
  page: number
  children?: OutlineEntry[]
}

export interface DocumentInfo {
  title: string
  author: string
  subject: string
  /** Creation and modification date: the commit's, so two exports of one commit are the same file. */
  date: Date
}

const latin1 = 'latin1'

interface Xref {
  offsets: Map<number, number>
  trailer: string
  startxref: number
}

function fail(what: string): never {
  throw new Error(`Cannot finish the PDF: ${what}. Chromium's PDF writer may have changed; update kit/pdf/finish.ts.`)
}

function readXref(text: string): Xref {
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? fail('no startxref at the end'))
  const section = text.slice(startxref)
  if (!section.startsWith('xref'))
    fail('no classic cross-reference table (an xref stream?)')
  const trailerAt = section.indexOf('trailer')
  const offsets = new Map<number, number>()
  const lines = section.slice(4, trailerAt).trim().split(/\r?\n/)
  let next = 0
  for (const line of lines) {
    const header = /^(\d+) \d+$/.exec(line.trim())
    if (header) {
      next = Number(header[1])
      continue
    }
    const [offset, , kind] = line.trim().split(' ')
    if (kind === 'n')
      offsets.set(next, Number(offset))
    next++
  }
  const trailer = /trailer\s*(<<[\s\S]*?>>)\s*startxref/.exec(section)?.[1] ?? fail('no trailer')
  return { offsets, trailer, startxref }
}

function objectBody(text: string, xref: Xref, num: number): string {
  const offset = xref.offsets.get(num) ?? fail(`object ${num} is not in the cross-reference table`)
  const start = text.indexOf('obj', offset) + 3
  return text.slice(start, text.indexOf('endobj', start)).trim()
}

function ref(dict: string, key: string): number | undefined {
  const found = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict)
  return found
    ? Number(found[1])
    : undefined
}

/** The page objects in reading order, from the catalog's page tree. */
function pageObjects(text: string, xref: Xref, catalog: string): number[] {
  const walk = (num: number): number[] => {
    const node = objectBody(text, xref, num)
    if (/\/Type\s*\/Pages\b/.test(node)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? fail(`page tree node ${num} has no kids`)
      return [
        ...kids.matchAll(/(\d+)\s+0\s+R/g),
      ].flatMap(kid => walk(Number(kid[1])))
    }
    return [num]
  }
  return walk(ref(catalog, 'Pages') ?? fail('the catalog has no page tree'))
}

/** A PDF text string in UTF-16BE, so titles keep their curly quotes and dashes. */
function pdfText(value: string): string {
  return `<FEFF${[...value].map(char => char.codePointAt(0)! > 0xFFFF
    ? Buffer.from(char, 'utf16le').swap16().toString('hex')
    : char.charCodeAt(0).toString(16).padStart(4, '0')).join('').toUpperCase()}>`
}

/** As Chromium writes them, so the printed dates can be replaced in place without moving a byte. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}+00'00'`
}

/** Replaces Chromium's print-time dates with the given one; same length, so every offset holds. */
function fixDates(text: string, date: string): string {
  return text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (whole, key: string, printed: string) => {
    if (printed.length !== date.length)
      fail(`its ${key} "${printed}" is not in the form ${date}`)
    return `/${key} (${date})`
  })
}

/**
 * Chromium names table header cells by the page's accessibility node ids, which differ from one print
 * to the next. Renumbered in order of appearance, at the same width, they are the same every time and
 * every offset holds; a cell's /Headers still names its header, as both go through one map.
 */
function renumberStructureIds(text: string): string {
  const renamed = new Map<string, string>()
  for (const [, digits] of text.matchAll(/\/ID \(node(\d+)\)/g)) {
    if (!renamed.has(digits!))
      renamed.set(digits!, String(renamed.size + 1).padStart(digits!.length, '0'))
  }
  return text.replace(/\(node(\d+)\)/g, (whole, digits: string) => renamed.has(digits)
    ? `(node${renamed.get(digits)})`
    : whole)
}

interface NewObject {
  num: number
  body: string
}

function outlineObjects(entries: OutlineEntry[], pages: number[], firstNum: number): { root: number, objects: NewObject[] } {
  const objects: NewObject[] = []
  let nextNum = firstNum
  const root = nextNum++
  const visible = (list: OutlineEntry[]): number => list.reduce((sum, entry) => sum + 1 + visible(entry.children ?? []), 0)
  const place = (list: OutlineEntry[], parent: number): number[] => {
    const nums = list.map(() => nextNum++)
    list.forEach((entry, index) => {
      const page = pages[entry.page] ?? fail(`the bookmark "${entry.title}" points at page ${entry.page + 1} of ${pages.length}`)
      const children = entry.children ?? []
      const childNums = place(children, nums[index]!)
      objects.push({
        num: nums[index]!,
        body: [
          `<</Title ${pdfText(entry.title)}`,
          `/Parent ${parent} 0 R`,
          index > 0
            ? `/Prev ${nums[index - 1]} 0 R`
            : '',
          index < list.length - 1
            ? `/Next ${nums[index + 1]} 0 R`
            : '',
          childNums.length > 0
            ? `/First ${childNums[0]} 0 R /Last ${childNums.at(-1)} 0 R /Count ${visible(children)}`
            : '',
          `/Dest [${page} 0 R /Fit]>>`,
        ].filter(Boolean).join('\n'),
      })
    })
    return nums
  }
  const top = place(entries, root)
  objects.push({
    num: root,
    body: top.length > 0
      ? `<</Type /Outlines /First ${top[0]} 0 R /Last ${top.at(-1)} 0 R /Count ${visible(entries)}>>`
      : '<</Type /Outlines /Count 0>>',
  })
  return { root, objects }
}

/**
 * Appends the outline and metadata to a PDF Chromium printed; returns the finished file. Without an
 * outline, the one Chromium printed (from the page's headings) stays.
 */
export function finishPdf(pdf: Uint8Array, outline: OutlineEntry[] | undefined, info: DocumentInfo): Buffer {
  const date = pdfDate(info.date)
  const text = renumberStructureIds(fixDates(Buffer.from(pdf).toString(latin1), date))
  const xref = readXref(text)
  const size = Number(/\/Size\s+(\d+)/.exec(xref.trailer)?.[1] ?? fail('the trailer has no /Size'))
  const catalogNum = ref(xref.trailer, 'Root') ?? fail('the trailer has no /Root')
  const catalog = objectBody(text, xref, catalogNum)
  const pages = pageObjects(text, xref, catalog)

  const infoNum = size
  const built = outline
    ? outlineObjects(outline, pages, size + 1)
    : undefined
  const outlinesNum = built?.root ?? ref(catalog, 'Outlines') ?? fail('Chromium printed no outline to keep')
  const objects = built?.objects ?? []
  const newCatalog = `${catalog
    .replace(/\/Outlines\s+\d+\s+0\s+R/, '')
    .replace(/\/PageMode\s*\/\w+/, '')
    .replace(/>>$/, '')}\n/Outlines ${outlinesNum} 0 R\n/PageMode /UseOutlines>>`
  const appended: NewObject[] = [
    { num: catalogNum, body: newCatalog },
    {
      num: infoNum,
      body: [
        `<</Title ${pdfText(info.title)}`,
        `/Author ${pdfText(info.author)}`,
        `/Subject ${pdfText(info.subject)}`,
        `/Creator ${pdfText('Slidev, printed by Chromium')}`,
        `/CreationDate (${date})`,
        `/ModDate (${date})>>`,
      ].join('\n'),
    },
    ...objects,
  ].sort((a, b) => a.num - b.num)

  let body = text.endsWith('\n')
    ? ''
    : '\n'
  const offsets = new Map<number, number>()
  for (const object of appended) {
    offsets.set(object.num, text.length + body.length)
    body += `${object.num} 0 obj\n${object.body}\nendobj\n`
  }
  const xrefAt = text.length + body.length
  const subsections = appended.map(object => `${object.num} 1\n${String(offsets.get(object.num)).padStart(10, '0')} 00000 n \n`)
  const newSize = Math.max(size, ...appended.map(object => object.num + 1))
  body += `xref\n${subsections.join('')}trailer\n<</Size ${newSize}\n/Root ${catalogNum} 0 R\n/Info ${infoNum} 0 R\n/Prev ${xref.startxref}>>\nstartxref\n${xrefAt}\n%%EOF\n`
  return Buffer.concat([
    Buffer.from(text, latin1),
    Buffer.from(body, latin1),
  ])
}
