import {
  INSTRUMENT_ITEMS,
  IMPORT_STATUSES,
  importCodebook,
  importExampleRow,
  importHeader,
  type ImportFormat,
} from '@cpc/domain';
import ExcelJS from 'exceljs';
import { csvCell } from '../../common/csv-cell.js';

export interface TemplateFile {
  buffer: Buffer;
  contentType: string;
  filename: string;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Rows of the template sheet that offer the option codes in a drop-down list. */
const DROPDOWN_ROWS = 500;

export async function buildTemplate(format: ImportFormat): Promise<TemplateFile> {
  return format === 'xlsx'
    ? { buffer: await xlsxTemplate(), contentType: XLSX_TYPE, filename: 'cpc-assessments-template.xlsx' }
    : { buffer: csvTemplate(), contentType: 'text/csv; charset=utf-8', filename: 'cpc-assessments-template.csv' };
}

/** Header and the example row (skipped on import: its first cell starts with #). A BOM so Excel reads UTF-8. */
function csvTemplate(): Buffer {
  const lines = [importHeader(), importExampleRow()].map((cells) => cells.map(csvCell).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** Sheet 1: header, example row and drop-down lists of codes; sheet 2: what every column holds, EN and FR. */
async function xlsxTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CPC Observatory';
  addAssessmentsSheet(workbook);
  addCodebookSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addAssessmentsSheet(workbook: ExcelJS.Workbook): void {
  const header = importHeader();
  const sheet = workbook.addWorksheet('assessments', { views: [{ state: 'frozen', xSplit: 3, ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  const example = sheet.addRow(importExampleRow());
  example.font = { italic: true, color: { argb: 'FF808080' } };
  header.forEach((name, index) => {
    sheet.getColumn(index + 1).width = name.startsWith('comment:') ? 24 : Math.max(12, name.length + 4);
  });
  const choices = new Map<string, string[]>([['status', [...IMPORT_STATUSES]]]);
  for (const item of INSTRUMENT_ITEMS) {
    if (item.type === 'tri' || item.type === 'choice' || item.type === 'yesno')
      choices.set(
        item.code,
        item.options.map((o) => o.code),
      );
    if (item.type === 'level') choices.set(item.code, ['1', '2', '3', '4', '5']);
  }
  for (const [column, codes] of choices) {
    const col = sheet.getColumn(header.indexOf(column) + 1);
    for (let row = 3; row <= DROPDOWN_ROWS + 2; row++) {
      sheet.getCell(row, col.number).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${codes.join(',')}"`],
      };
    }
  }
}

function addCodebookSheet(workbook: ExcelJS.Workbook): void {
  const sheet = workbook.addWorksheet('codes');
  sheet.columns = [
    { header: 'column', width: 16 },
    { header: 'values (EN)', width: 50 },
    { header: 'valeurs (FR)', width: 50 },
    { header: 'applies (EN)', width: 28 },
    { header: 's’applique (FR)', width: 28 },
    { header: 'question (EN)', width: 60 },
    { header: 'question (FR)', width: 60 },
    { header: 'options (EN)', width: 40 },
    { header: 'options (FR)', width: 40 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const entry of importCodebook()) {
    const row = sheet.addRow([
      entry.column,
      entry.values.en,
      entry.values.fr,
      entry.applies.en,
      entry.applies.fr,
      entry.question.en,
      entry.question.fr,
      entry.options.en,
      entry.options.fr,
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.addRow([]);
  sheet.addRow([
    'Rows whose first cell starts with # are ignored (the example row). One row per country and year; every row must be a complete answer set. Existing country-years are replaced.',
  ]);
  sheet.addRow([
    'Les lignes dont la première cellule commence par # sont ignorées (la ligne d’exemple). Une ligne par pays et par année ; chaque ligne doit être un jeu de réponses complet. Les pays-années existants sont remplacés.',
  ]);
}
