/**
 * The total uncompressed size an XLSX (a ZIP) declares in its central directory, read before any entry is
 * inflated, or null when the file is not a readable ZIP. ZIP64 entries count as infinitely large: no
 * spreadsheet this platform takes needs them.
 */
export function declaredUnzippedSize(zip: Buffer): { bytes: number; entries: number } | null {
  const end = findEndOfCentralDirectory(zip);
  if (end < 0) return null;
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let bytes = 0;
  for (let i = 0; i < entries; i++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = zip.readUInt32LE(offset + 24);
    bytes += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset += 46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return { bytes, entries };
}

/** The end-of-central-directory record sits in the last 22 bytes plus at most a 64 KB comment. */
function findEndOfCentralDirectory(zip: Buffer): number {
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) return i;
  }
  return -1;
}
