import { Buffer } from 'node:buffer'
// The rules of PDF/UA-1 a program can check, read from the file and poppler's tools. veraPDF, the
// reference checker, is Java and neither npm nor Debian ships it: this is not a conformance check, and
// the rules that need a person (reading order, alternate text that says the right thing) are not here.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { pdfInfo, pdfStructureTypes } from './pdf.ts'

/** Every object's latest body: an incremental update appends a new version after the old one. */
function latestObjects(text: string): Map<number, string> {
  const objects = new Map<number, string>()
  for (const [, num, body] of text.matchAll(/(?:^|[\r\n])(\d+) 0 obj([\s\S]*?)endobj/g))
    objects.set(Number(num), body!.trim())
  return objects
}

function reference(dict: string, key: string): number | undefined {
  const found = new RegExp(`/${key}\\s+(\\d+)\\s+0\\s+R`).exec(dict)
  return found
    ? Number(found[1])
    : undefined
}

function embeddedFontProblems(pdf: string): string[] {
  const table = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean)
  // Columns: name, type (one or two words), encoding, emb, sub, uni, object, id.
  return table
    .map(line => line.trim().split(/\s+/))
    .filter(columns => columns.at(-5) !== 'yes')
    .map(columns => `the font ${columns[0]} is not embedded`)
}

/** Heading levels in reading order must not skip: an H3 needs an H2 before it since the last H1. */
function headingProblems(pdf: string): string[] {
  const levels = pdfStructureTypes(pdf).map(type => /^H([1-6])$/.exec(type)?.[1]).filter(Boolean).map(Number)
  const problems: string[] = []
  let previous = 0
  for (const [index, level] of levels.entries()) {
    if (level > previous + 1)
      problems.push(`heading ${index + 1} is an H${level} after an H${previous || 'nothing'}`)
    previous = level
  }
  return problems
}

/** PDF 1.7's standard structure types (ISO 32000-1, 14.8.4), as PDF/UA-1 refers to them. */
const pdf17StructureTypes = new Set('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private H H1 H2 H3 H4 H5 H6 P L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '))

export interface PdfUaExpectations {
  title: string
  author: string
  language: string
}

/** What breaks a machine-checkable PDF/UA-1 rule in this file, one line each; empty when none does. */
export function pdfUaProblems(pdf: string, expected: PdfUaExpectations): string[] {
  const text = readFileSync(pdf).toString('latin1')
  const objects = latestObjects(text)
  const root = [
    ...text.matchAll(/trailer\s*<<[\s\S]*?\/Root\s+(\d+)\s+0\s+R/g),
  ].at(-1)?.[1]
  const catalog = root
    ? objects.get(Number(root)) ?? ''
    : ''
  const problems: string[] = []
  const need = (holds: boolean, problem: string) => {
    if (!holds)
      problems.push(problem)
  }

  need(/\/MarkInfo\s*<<[^>]*\/Marked true/.test(catalog), 'the catalog lacks /MarkInfo << /Marked true >>')
  need(reference(catalog, 'StructTreeRoot') !== undefined, 'the catalog has no structure tree')
  need(new RegExp(`/Lang\\s*\\(${expected.language}\\)`).test(catalog), `the catalog's /Lang is not (${expected.language})`)
  need(/\/DisplayDocTitle true/.test(catalog), 'the viewer preferences lack /DisplayDocTitle true')

  const pages = [
    ...objects.entries(),
  ].filter(([, body]) => /\/Type\s*\/Page\b/.test(body))
  for (const [num, body] of pages)
    need(/\/StructParents\s+\d+/.test(body), `page object ${num} is not in the structure tree (no /StructParents)`)

  const metadata = reference(catalog, 'Metadata')
  const xmp = metadata === undefined
    ? ''
    : Buffer.from(/stream\r?\n([\s\S]*?)\r?\nendstream/.exec(objects.get(metadata) ?? '')?.[1] ?? '', 'latin1').toString('utf8')
  need(xmp !== '', 'the catalog has no XMP metadata stream')
  if (xmp) {
    need(/<pdfuaid:part>1<\/pdfuaid:part>/.test(xmp), 'the XMP metadata lacks pdfuaid:part 1')
    need(xmp.includes(`<rdf:li xml:lang="x-default">${expected.title.replace(/&/g, '&amp;')}</rdf:li>`), `the XMP dc:title is not "${expected.title}"`)
    need(xmp.includes(`<dc:creator><rdf:Seq><rdf:li>${expected.author.replace(/&/g, '&amp;')}</rdf:li>`), `the XMP dc:creator is not "${expected.author}"`)
  }

  const treeRoot = objects.get(reference(catalog, 'StructTreeRoot') ?? -1) ?? ''
  const roleMap = new Set([
    ...(/\/RoleMap\s*<<([^>]*)>>/.exec(treeRoot)?.[1] ?? '').matchAll(/\/(\w+)\s*\/\w+/g),
  ].map(([, type]) => type))
  for (const [num, body] of objects) {
    const type = /^<<\/Type \/StructElem\s*\/S \/(\w+)/.exec(body)?.[1]
    if (type && !pdf17StructureTypes.has(type))
      need(roleMap.has(type), `the structure type ${type} (object ${num}) is neither PDF 1.7's nor in the /RoleMap`)
    if (type === 'Figure')
      need(/\/Alt\s*[(<]/.test(body), `the figure in object ${num} has no /Alt text`)
    if (/\/Subtype\s*\/Link\b/.test(body))
      need(/\/Contents\s*[(<]/.test(body), `the link annotation in object ${num} has no /Contents`)
  }

  const info = pdfInfo(pdf)
  need(info.Tagged === 'yes', 'the PDF is not tagged')
  need(info.Author === expected.author, `the author is "${info.Author}", not "${expected.author}"`)
  problems.push(...headingProblems(pdf), ...embeddedFontProblems(pdf))
  return problems
}

/** Raster images in the file, as `pdfimages -list` counts them (an image's soft mask counts as one). */
export function pdfImageCount(pdf: string): number {
  return execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).length
}
