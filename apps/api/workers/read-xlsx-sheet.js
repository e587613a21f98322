// The body of a worker thread: ExcelJS's workbook reader parses each sheet in one unbroken run of
// microtasks, which would hold the API's event loop for hundreds of milliseconds on a 5,000-row upload
// (docs/performance.md). Plain JavaScript because the API's tests run its TypeScript sources, which a
// worker thread cannot load; the client is src/common/xlsx-sheet-reader.ts.
import { parentPort, workerData } from 'node:worker_threads';
import ExcelJS from 'exceljs';

/** A date cell reads as YYYY-MM-DD (Excel stores dates as numbers that ExcelJS gives back as UTC dates). */
function cellText(cell) {
  return cell.value instanceof Date ? cell.value.toISOString().slice(0, 10) : cell.text;
}

/** The first tab's rows that hold anything, numbered as the spreadsheet numbers them. */
async function readFirstSheet(bytes) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch (e) {
    return { kind: 'unreadable', message: e instanceof Error ? e.message : String(e) };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { kind: 'no-sheet' };
  const rows = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column)));
    rows.push({ row: rowNumber, cells });
  });
  return { kind: 'rows', rows };
}

parentPort.postMessage(await readFirstSheet(workerData.bytes));
