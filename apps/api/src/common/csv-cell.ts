/** One CSV cell, quoted when it holds a delimiter (comma or semicolon), a quote or a line break. */
export function csvCell(value: string): string {
  return /[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
