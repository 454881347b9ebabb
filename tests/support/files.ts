// Reads the files an export or a build writes, with no library: PNG headers and ZIP (PPTX) contents.
import { Buffer } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'

export function pngSize(file: string): { width: number, height: number } {
  const bytes = readFileSync(file)
  if (bytes.toString('latin1', 1, 4) !== 'PNG')
    throw new Error(`${file} is not a PNG`)
  // The IHDR chunk comes first: width and height are its first two 32-bit fields.
  return {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  }
}

/** Every file in a ZIP archive (a PPTX is one), by name, read through its central directory. */
export function readZip(file: string): Map<string, Buffer> {
  const bytes = readFileSync(file)
  const endOfDirectory = bytes.lastIndexOf(Buffer.from([0x50, 0x4B, 0x05, 0x06]))
  if (endOfDirectory < 0)
    throw new Error(`${file} is not a ZIP archive`)
  const entries = new Map<string, Buffer>()
  let offset = bytes.readUInt32LE(endOfDirectory + 16)
  for (let entry = bytes.readUInt16LE(endOfDirectory + 10); entry > 0; entry--) {
    const method = bytes.readUInt16LE(offset + 10)
    const compressedSize = bytes.readUInt32LE(offset + 20)
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    const localHeader = bytes.readUInt32LE(offset + 42)
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength)
    const dataStart = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28)
    const data = bytes.subarray(dataStart, dataStart + compressedSize)
    // Method 8 is deflate, 0 is stored: the only two PPTX writers use.
    entries.set(name, method === 8
      ? inflateRawSync(data)
      : Buffer.from(data))
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}
