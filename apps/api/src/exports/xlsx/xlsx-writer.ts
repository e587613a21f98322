import { neutralizeFormula, type ExportCell, type SheetRow, type WorkbookSheet } from '@cpc/domain';
import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const CREATOR = 'CPC Observatory';

/** Grey italics: an example row, which the import skips. */
const EXAMPLE_FONT: Partial<ExcelJS.Font> = { italic: true, color: { argb: 'FF808080' } };

/**
 * The one XLSX writer: it writes the domain's sheet model (WorkbookSheet) with ExcelJS. A file whose rows are
 * all known is built in memory (`xlsxFile`); a download too large for memory streams its rows as they are
 * read (`XlsxStream`). Both fill their sheets through `writeSheet`, so every file has the same conventions:
 * text neutralised against formulas, numbers and yes/no typed, null an empty cell.
 */
export async function xlsxFile(sheets: readonly WorkbookSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = CREATOR;
  for (const model of sheets) writeSheet(workbook.addWorksheet(model.name, sheetOptions(model)), model);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Text neutralised as in the CSV; numbers and yes/no stay typed; null is an empty cell. */
export function xlsxCells(cells: readonly ExportCell[]): ExportCell[] {
  return cells.map((cell) => (typeof cell === 'string' ? neutralizeFormula(cell) : cell));
}

function sheetOptions(model: WorkbookSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const direction = model.rightToLeft === true ? { rightToLeft: true } : {};
  if (!model.frozen) return model.rightToLeft === true ? { views: [direction] } : {};
  const { rows, columns } = model.frozen;
  return { views: [{ state: 'frozen', ySplit: rows, ...(columns > 0 ? { xSplit: columns } : {}), ...direction }] };
}

/** Column widths and fonts, the rows, then the drop-down lists under them. */
function writeSheet(sheet: ExcelJS.Worksheet, model: WorkbookSheet): void {
  model.widths.forEach((width, index) => (sheet.getColumn(index + 1).width = width));
  if (model.boldFirstColumn) sheet.getColumn(1).font = { bold: true };
  for (const row of model.rows) styleRow(sheet.addRow(xlsxCells(row.cells)), row);
  addChoices(sheet, model);
}

function styleRow(row: ExcelJS.Row, model: SheetRow): void {
  switch (model.style) {
    case 'header':
      row.font = { bold: true };
      return;
    case 'example':
      row.font = EXAMPLE_FONT;
      return;
    case 'entry':
      row.alignment = { wrapText: true, vertical: 'top' };
      return;
    case 'plain':
      return;
  }
}

function addChoices(sheet: ExcelJS.Worksheet, model: WorkbookSheet): void {
  const first = model.rows.length + 1;
  for (const { column, codes } of model.choices) {
    for (let row = first; row < first + model.choiceRows; row++) {
      sheet.getCell(row, column + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${codes.join(',')}"`],
      };
    }
  }
}

/** A worksheet holds 1,048,576 rows: the header and this many data rows, then the rows go on in a new sheet. */
export const XLSX_MAX_DATA_ROWS = 1_048_575;

/**
 * ExcelJS's streaming writer, zipped straight into `output`: every row is committed (serialised and let go)
 * as it is added, so memory stays the same however many rows there are. The sheet's header rows (its model's
 * rows) start it and every continuation sheet (`name (2)`, …) past the row limit.
 */
export class XlsxStream {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private current: ExcelJS.Worksheet;
  private sheets = 1;
  private rowsInSheet = 0;

  constructor(
    output: Writable,
    private model: WorkbookSheet,
  ) {
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: false,
      useSharedStrings: false,
    });
    this.workbook.creator = CREATOR;
    this.current = this.addSheet();
  }

  /** The sheet rows are going to: its backlog is the caller's backpressure. */
  get sheet(): ExcelJS.Worksheet {
    return this.current;
  }

  addRows(rows: readonly (readonly ExportCell[])[]): void {
    for (const cells of rows) {
      if (this.rowsInSheet === XLSX_MAX_DATA_ROWS) {
        this.current.commit();
        this.sheets++;
        this.current = this.addSheet();
      }
      this.current.addRow(xlsxCells(cells)).commit();
      this.rowsInSheet++;
    }
  }

  /** Commits the current sheet, then starts another with its own model; rows go there from now on. */
  nextSheet(model: WorkbookSheet): void {
    this.current.commit();
    this.model = model;
    this.sheets = 1;
    this.current = this.addSheet();
  }

  /** Resolves once the whole file has been handed to `output`. */
  async commit(): Promise<void> {
    this.current.commit();
    await this.workbook.commit();
  }

  private addSheet(): ExcelJS.Worksheet {
    const name = this.sheets === 1 ? this.model.name : `${this.model.name} (${this.sheets})`;
    const sheet = this.workbook.addWorksheet(name, sheetOptions(this.model));
    writeSheet(sheet, this.model);
    for (let i = 1; i <= this.model.rows.length; i++) sheet.getRow(i).commit();
    this.rowsInSheet = 0;
    return sheet;
  }
}
