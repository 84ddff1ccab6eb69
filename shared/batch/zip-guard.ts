/**
 * What an XLSX (a zip) is allowed to be before a spreadsheet library unpacks it: a handful of
 * parts that unpack to a bounded size, without macros. Each part is inflated here with an
 * output limit, so a zip bomb stops at the limit instead of filling the memory of the function;
 * sizes the archive merely declares are not trusted. Pure (node:zlib only).
 */
import { inflateRawSync } from 'node:zlib';

export const MAX_UNPACKED_BYTES = 40 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2000;

export type ZipRefusal = 'MALFORMED' | 'TOO_LARGE_UNPACKED' | 'MACROS';

export class ZipRefused extends Error {
  constructor(
    readonly reason: ZipRefusal,
    message: string,
  ) {
    super(message);
  }
}

const MACRO_PARTS = /(^|\/)vbaProject\.bin$|(^|\/)vbaData\.xml$|^xl\/macrosheets\//i;

export const isZip = (bytes: Uint8Array) =>
  bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
/** An OLE compound file: an old binary .xls, or an encrypted (password-protected) workbook. */
export const isOle = (bytes: Uint8Array) =>
  bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;

/** Check an archive; returns the names of its parts. Throws ZipRefused. */
export function inspectZip(bytes: Buffer): string[] {
  const eocd = findEndOfCentralDirectory(bytes);
  const count = bytes.readUInt16LE(eocd + 10);
  const directorySize = bytes.readUInt32LE(eocd + 12);
  const directoryOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new ZipRefused('MALFORMED', 'ZIP64 archives are not read');
  if (count > MAX_ZIP_ENTRIES)
    throw new ZipRefused('TOO_LARGE_UNPACKED', `The workbook has more than ${MAX_ZIP_ENTRIES} parts`);
  if (directoryOffset + directorySize > bytes.length) throw new ZipRefused('MALFORMED', 'The archive is truncated');
  const names: string[] = [];
  let budget = MAX_UNPACKED_BYTES;
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50)
      throw new ZipRefused('MALFORMED', 'The archive directory is damaged');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localOffset = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    names.push(name);
    if (MACRO_PARTS.test(name)) throw new ZipRefused('MACROS', `The workbook contains macros (${name})`);
    if (localOffset + 30 > bytes.length || bytes.readUInt32LE(localOffset) !== 0x04034b50)
      throw new ZipRefused('MALFORMED', `Part ${name} is damaged`);
    const start = localOffset + 30 + bytes.readUInt16LE(localOffset + 26) + bytes.readUInt16LE(localOffset + 28);
    if (start + compressedSize > bytes.length) throw new ZipRefused('MALFORMED', `Part ${name} is truncated`);
    const data = bytes.subarray(start, start + compressedSize);
    let size: number;
    if (method === 0) size = compressedSize;
    else if (method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError)
          throw new ZipRefused('TOO_LARGE_UNPACKED', `The workbook unpacks to more than ${MAX_UNPACKED_BYTES} bytes`);
        throw new ZipRefused('MALFORMED', `Part ${name} cannot be unpacked`);
      }
    } else throw new ZipRefused('MALFORMED', `Part ${name} uses an unsupported compression`);
    budget -= size;
    if (budget < 0)
      throw new ZipRefused('TOO_LARGE_UNPACKED', `The workbook unpacks to more than ${MAX_UNPACKED_BYTES} bytes`);
  }
  return names;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  throw new ZipRefused('MALFORMED', 'The file is not a complete XLSX workbook');
}
