/**
 * Shared by operations-import.test.ts and operations-import-rows.test.ts: the layout of the
 * operations import, hand-written rows, and the parser called with the known countries.
 */
import { parseOperationsImportTable, type ImportTable } from '../src/index.js';

export const KNOWN = { knownCountries: new Set(['SEN', 'TGO', 'CIV', 'GHA']) };

/** The layout of the operations import, written out by hand: one row per operation × country × commodity. */
export const HEADER = [
  'operation_code',
  'operation_name',
  'programme',
  'lead',
  'activities',
  'start_date',
  'end_date',
  'country',
  'unit_type',
  'unit_name',
  'arrests',
  'investigations_opened',
  'controlled_deliveries',
  'persons_checked',
  'sltd_queries',
  'sltd_hits',
  'smv_queries',
  'smv_hits',
  'nominal_queries',
  'nominal_hits',
  'notices_queries',
  'notices_hits',
  'commodity',
  'cases',
  'quantity',
  'unit',
];

export type Cells = Record<string, string>;

export const HARMATTAN: Cells = {
  operation_code: 'AIRCOP-2024-01',
  operation_name: 'Operation Harmattan',
  programme: 'aircop',
  lead: 'wco',
  activities: 'interception;risk_targeting',
  start_date: '2024-03-01',
  end_date: '2024-03-15',
};

export const LAGUNE: Cells = {
  operation_code: 'CCP-2024-07',
  operation_name: 'Operation Lagune',
  programme: 'CCP',
  lead: 'unodc',
  activities: 'controlled_delivery',
  start_date: '2024-12-20',
  end_date: '2025-01-05',
};

export const NO_CHECKS: Cells = {
  persons_checked: '0',
  arrests: '0',
  investigations_opened: '0',
  controlled_deliveries: '0',
};

export const DAKAR: Cells = {
  country: 'SEN',
  unit_type: 'airport_task_force',
  unit_name: 'CAAT Dakar',
  arrests: '5',
  investigations_opened: '3',
  controlled_deliveries: '1',
  persons_checked: '1200',
  sltd_queries: '800',
  sltd_hits: '4',
  nominal_queries: '650',
  nominal_hits: '2',
};

export const LOME: Cells = { country: 'tgo', unit_type: 'Customs', ...NO_CHECKS, persons_checked: '300' };

export const ABIDJAN: Cells = {
  country: 'CIV',
  unit_type: 'port_control_unit',
  unit_name: 'UCP Abidjan',
  arrests: '2',
  investigations_opened: '1',
  controlled_deliveries: '1',
  persons_checked: '0',
  notices_queries: '15',
  notices_hits: '0',
};

export const DAKAR_PORT: Cells = { country: 'SEN', unit_type: 'port_control_unit', ...NO_CHECKS, arrests: '1' };

export function cocaine(cases: string, quantity: string): Cells {
  return { commodity: 'cocaine', cases, quantity, unit: 'kg' };
}

export function rowOf(cells: Cells, header: readonly string[] = HEADER): string[] {
  return header.map((column) => cells[column] ?? '');
}

/** Data rows from row 2, under the header on row 1. */
export function table(...rows: Cells[]): ImportTable {
  return { header: { row: 1, cells: HEADER }, rows: rows.map((r, i) => ({ row: i + 2, cells: rowOf(r) })) };
}

export function parse(t: ImportTable) {
  return parseOperationsImportTable(t, KNOWN);
}

/** [row, column] of each error. */
export function where(t: ImportTable): [number, string][] {
  return parse(t).errors.map((e) => [e.row, e.column]);
}
