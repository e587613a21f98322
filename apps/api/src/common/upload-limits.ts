/** The largest file an upload route accepts (the assessments import); larger ones get a 413. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

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
