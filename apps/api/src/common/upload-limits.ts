/** The largest file the assessments import accepts; larger ones get a 413. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

/** The operations import takes one row per seizure, so its files are larger. */
export const OPERATIONS_UPLOAD_MAX_BYTES = 64 * 1024 * 1024;
/** About 250 bytes a row in CSV: the most rows a 64 MB file can hold, read in one request. */
export const OPERATIONS_IMPORT_MAX_ROWS = 250_000;

/** 1048576 → "1 MB", 1536 → "1.5 KB". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit] ?? 'bytes'}`;
}
