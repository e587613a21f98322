/** The operations import layout the contract gives, written out here rather than taken from the code under test. */
export const OPERATION_IMPORT_COLUMNS = [
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

/** One row of an operations import file, cell by cell. */
export type Row = Record<string, string>;

/** A result's cells for the four INTERPOL databases, none reported. */
export const NO_CHECKS: Row = {
  sltd_queries: '',
  sltd_hits: '',
  smv_queries: '',
  smv_hits: '',
  nominal_queries: '',
  nominal_hits: '',
  notices_queries: '',
  notices_hits: '',
};
export const NO_SEIZURE: Row = { commodity: '', cases: '', quantity: '', unit: '' };

/** Results of West and Central African units, shared by the import and export tests. */
export const GHA: Row = {
  country: 'GHA',
  unit_type: 'joint_team',
  unit_name: '',
  arrests: '0',
  investigations_opened: '0',
  controlled_deliveries: '0',
  persons_checked: '300',
  ...NO_CHECKS,
};
export const TGO: Row = {
  country: 'TGO',
  unit_type: 'port_control_unit',
  unit_name: 'UCP Lomé',
  arrests: '2',
  investigations_opened: '1',
  controlled_deliveries: '1',
  persons_checked: '40',
  ...NO_CHECKS,
  smv_queries: '60',
  smv_hits: '2',
};
