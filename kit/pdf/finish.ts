// Finishes a PDF that Chromium printed, without rewriting it: an incremental update appends an outline,
// the document's metadata (the info dictionary and an XMP stream), a description on every link, and a
// catalog that points at them. Chromium's tags, links and /Lang stay as printed, so nothing of the
// structure is lost in the step.

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
  /**
   * What each link says, by its URL, as the page shows it: a link annotation's /Contents, which a screen
   * reader announces. A link the map lacks is described by its URL.
   */
  linkText?: ReadonlyMap<string, string>
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

const creator = 'Slidev, printed by Chromium'

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The XMP metadata stream: title, author, subject and language as Dublin Core, the dates, and the PDF/UA
 * identification (part 1) that PDF/UA readers look for. The identification is a claim, not a check:
 * docs/reader-pdf.md says which of PDF/UA's rules the tests verify and which nothing here can.
 */
function xmpMetadata(info: DocumentInfo, language: string | undefined): string {
  const date = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z')
  const xml = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.title)}</rdf:li></rdf:Alt></dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xmlText(info.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(info.subject)}</rdf:li></rdf:Alt></dc:description>`,
    ...(language
      ? [`<dc:language><rdf:Bag><rdf:li>${xmlText(language)}</rdf:li></rdf:Bag></dc:language>`]
      : []),
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xmlText(creator)}</xmp:CreatorTool>`,
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n')
  const bytes = Buffer.from(xml, 'utf8')
  return `<</Type /Metadata /Subtype /XML /Length ${bytes.length}>>\nstream\n${bytes.toString(latin1)}\nendstream`
}

/** Each link annotation again, with /Contents: what the link says on the page, or its URL. */
function describedLinks(objects: ReadonlyMap<number, string>, linkText: ReadonlyMap<string, string>): NewObject[] {
  const links: NewObject[] = []
  for (const [num, body] of objects) {
    if (!/^<<\/Type \/Annot\b/.test(body) || !/\/Subtype\s*\/Link\b/.test(body) || /\/Contents\s*[(<]/.test(body))
      continue
    const uri = /\/URI\s*\(((?:[^()\\]|\\.)*)\)/.exec(body)?.[1]?.replace(/\\(.)/g, '$1')
    if (!uri)
      continue
    links.push({
      num,
      body: body.replace(/>>$/, `\n/Contents ${pdfText(linkText.get(uri) ?? uri)}>>`),
    })
  }
  return links
}

/** PDF 1.7's standard structure types: PDF/UA-1 needs every other type mapped to one of them. */
const standardStructureTypes = new Set([
  'Document',
  'Part',
  'Art',
  'Sect',
  'Div',
  'BlockQuote',
  'Caption',
  'TOC',
  'TOCI',
  'Index',
  'NonStruct',
  'Private',
  'H',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'P',
  'L',
  'LI',
  'Lbl',
  'LBody',
  'Table',
  'TR',
  'TH',
  'TD',
  'THead',
  'TBody',
  'TFoot',
  'Span',
  'Quote',
  'Note',
  'Reference',
  'BibEntry',
  'Code',
  'Link',
  'Annot',
  'Ruby',
  'RB',
  'RT',
  'RP',
  'Warichu',
  'WT',
  'WP',
  'Figure',
  'Formula',
  'Form',
])

/** Types Chromium tags from PDF 2.0 (for <strong>, <em>, <aside>), and the PDF 1.7 type each reads as. */
const roleMap: Record<string, string> = {
  Strong: 'Span',
  Em: 'Span',
  Aside: 'Div',
  Sub: 'Span',
  Title: 'H1',
  FENote: 'Note',
}

/**
 * The structure tree made readable to PDF/UA-1: a role map for the PDF 2.0 types Chromium uses, and each
 * untitled Figure that holds further structure (an HTML <figure> around a chart, a table or a card of
 * text) retagged as a Div. PDF/UA needs alternate text on every Figure, and alternate text would hide
 * the text and figures inside; each figure within keeps its own.
 */
function readableStructure(objects: ReadonlyMap<number, string>, treeRootNum: number): NewObject[] {
  const elements = new Map([...objects].filter(([, body]) => /^<<\/Type \/StructElem\b/.test(body)))
  const types = new Set([
    ...elements.values(),
  ].map(body => /\/S \/(\w+)/.exec(body)?.[1] ?? ''))
  const unmapped = [...types].filter(type => !standardStructureTypes.has(type) && !roleMap[type])
  if (unmapped.length > 0)
    fail(`it tags ${unmapped.join(', ')}, which PDF 1.7 lacks; add each to roleMap`)
  const used = [...types].filter(type => roleMap[type])
  const treeRoot = objects.get(treeRootNum) ?? fail(`the structure tree root ${treeRootNum} is not in the cross-reference table`)
  const retagged = [...elements].filter(([, body]) => /\/S \/Figure\b/.test(body)
    && !/\/Alt\s*[(<]/.test(body)
    && [
      ...(/\/K\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(body)?.[1] ?? '').matchAll(/(\d+)\s+0\s+R/g),
    ].some(([, kid]) => elements.has(Number(kid))))
  return [
    ...(used.length > 0
      ? [
          {
            num: treeRootNum,
            body: `${treeRoot.replace(/\/RoleMap\s*<<[^>]*>>/, '').replace(/>>$/, '')}\n/RoleMap <<${used.map(type => `/${type} /${roleMap[type]}`).join(' ')}>>>>`,
          },
        ]
      : []),
    ...retagged.map(([num, body]) => ({
      num,
      body: body.replace(/\/S \/Figure\b/, '/S /Div'),
    })),
  ]
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
  // Read once: links and structure elements are both found among every object Chromium wrote.
  const printedObjects = new Map([
    ...xref.offsets.keys(),
  ].map(num => [
    num,
    objectBody(text, xref, num),
  ]))

  const infoNum = size
  const metadataNum = size + 1
  const built = outline
    ? outlineObjects(outline, pages, size + 2)
    : undefined
  const outlinesNum = built?.root ?? ref(catalog, 'Outlines') ?? fail('Chromium printed no outline to keep')
  const objects = built?.objects ?? []
  const newCatalog = `${catalog
    .replace(/\/Outlines\s+\d+\s+0\s+R/, '')
    .replace(/\/Metadata\s+\d+\s+0\s+R/, '')
    .replace(/\/PageMode\s*\/\w+/, '')
    .replace(/>>$/, '')}\n/Outlines ${outlinesNum} 0 R\n/Metadata ${metadataNum} 0 R\n/PageMode /UseOutlines>>`
  const language = /\/Lang\s*\(([^)]*)\)/.exec(catalog)?.[1]
  const appended: NewObject[] = [
    { num: catalogNum, body: newCatalog },
    {
      num: infoNum,
      body: [
        `<</Title ${pdfText(info.title)}`,
        `/Author ${pdfText(info.author)}`,
        `/Subject ${pdfText(info.subject)}`,
        `/Creator ${pdfText(creator)}`,
        `/CreationDate (${date})`,
        `/ModDate (${date})>>`,
      ].join('\n'),
    },
    {
      num: metadataNum,
      body: xmpMetadata(info, language),
    },
    ...describedLinks(printedObjects, info.linkText ?? new Map()),
    ...readableStructure(printedObjects, ref(catalog, 'StructTreeRoot') ?? fail('the catalog has no structure tree (was it printed with tagged: true?)')),
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
