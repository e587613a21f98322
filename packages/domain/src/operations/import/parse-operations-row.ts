import type { DatabaseCheck, Seizure } from '../../schemas/operations.js';
import {
  ACTIVITIES,
  CHECK_DATABASES,
  COMMODITIES,
  LEADS,
  PROGRAMMES,
  SEIZURE_UNITS,
  UNIT_TYPES,
  breaksIntegerUnit,
  type Activity,
  type Lead,
  type Programme,
  type UnitType,
} from '../vocabularies.js';
import {
  ACTIVITY_SEPARATOR,
  OPERATION_COLUMNS,
  OPTIONAL_RESULT_COLUMNS,
  RESULT_COLUMNS,
  type OperationsColumnIndex,
} from './columns.js';
import { CellReader } from './cells.js';
import type { ImportCellError } from '../../import/columns.js';

export interface ImportedOperationFields {
  code: string;
  name: string;
  programme: Programme;
  lead: Lead;
  activities: Activity[];
  startDate: string;
  endDate: string;
}

export interface ImportedResultFields {
  country: string;
  unitType: UnitType;
  unitName: string | null;
  /** The site of the register's joint unit that achieved the result; absent when the file names none. */
  unitSite?: string;
  arrests: number;
  investigationsOpened: number;
  controlledDeliveries: number;
  personsChecked: number;
  databaseChecks: DatabaseCheck[];
}

export interface ParsedOperationsRow {
  operation: ImportedOperationFields | null;
  result: ImportedResultFields | null;
  /** null for the row of a result without seizures. */
  seizure: Seizure | null;
  errors: ImportCellError[];
  /** The operation and result cells were written exactly as on an earlier accepted row, and taken from it. */
  repeated: boolean;
}

/**
 * Operation and result cells already accepted, by their exact text. A result's cells repeat on each of its
 * seizure rows: a row whose cells match an accepted row's is not read again, only its seizure is.
 */
export class AcceptedCells {
  private readonly rows = new Map<string, { operation: ImportedOperationFields; result: ImportedResultFields }>();

  static keyOf(cells: readonly string[], index: OperationsColumnIndex): string {
    return [...OPERATION_COLUMNS, ...RESULT_COLUMNS, ...OPTIONAL_RESULT_COLUMNS]
      .map((c) => cells[index[c] ?? -1] ?? '')
      .join('\u0001');
  }

  get(key: string) {
    return this.rows.get(key);
  }

  accept(key: string, operation: ImportedOperationFields, result: ImportedResultFields): void {
    this.rows.set(key, { operation, result });
  }
}

export function parseOperationsRow(
  cells: readonly string[],
  index: OperationsColumnIndex,
  knownCountries: ReadonlySet<string>,
  accepted: AcceptedCells = new AcceptedCells(),
): ParsedOperationsRow & { key: string } {
  const read = new CellReader(cells, index);
  const key = AcceptedCells.keyOf(cells, index);
  const known = accepted.get(key);
  const operation = known?.operation ?? readOperation(read);
  const result = known?.result ?? readResult(read, knownCountries);
  const seizure = readSeizure(read);
  return {
    operation,
    result,
    seizure: seizure === 'invalid' ? null : seizure,
    errors: read.errors,
    repeated: known !== undefined,
    key,
  };
}

function readOperation(read: CellReader): ImportedOperationFields | null {
  const code = read.code('operation_code');
  const name = read.required('operation_name');
  const programme = read.oneOf('programme', PROGRAMMES);
  const lead = read.oneOf('lead', LEADS);
  const activities = readActivities(read);
  const startDate = read.date('start_date');
  const endDate = read.date('end_date');
  if (startDate !== null && endDate !== null && endDate < startDate)
    read.fail('end_date', `${endDate} is before start_date ${startDate}`, 'end_before_start', {
      start: startDate,
      end: endDate,
      startField: 'start_date',
      endField: 'end_date',
    });
  if (code === null || name === null || programme === null || lead === null || activities === null) return null;
  if (startDate === null || endDate === null || endDate < startDate) return null;
  return { code, name, programme, lead, activities, startDate, endDate };
}

/** `;`-separated, in any order; kept in the vocabulary's order so that the same set always reads the same. */
function readActivities(read: CellReader): Activity[] | null {
  const text = read.required('activities');
  if (text === null) return null;
  const names = text
    .split(ACTIVITY_SEPARATOR)
    .map((a) => a.trim().toLowerCase())
    .filter((a) => a !== '');
  const unknown = names.filter((a) => !(ACTIVITIES as readonly string[]).includes(a));
  if (unknown.length > 0)
    return read.fail('activities', `"${unknown.join(';')}" not one of ${ACTIVITIES.join(', ')}`, 'invalid_value', {
      values: [...ACTIVITIES],
      value: unknown.join(ACTIVITY_SEPARATOR),
    });
  const twice = names.find((a, i) => names.indexOf(a) !== i);
  if (twice !== undefined)
    return read.fail('activities', 'an activity is listed twice', 'listed_twice', { value: twice });
  if (names.length === 0)
    return read.fail('activities', 'name at least one joint activity', 'too_small', { minimum: 1, origin: 'array' });
  return ACTIVITIES.filter((a) => names.includes(a));
}

function readResult(read: CellReader, knownCountries: ReadonlySet<string>): ImportedResultFields | null {
  const country = readCountry(read, knownCountries);
  const unitType = read.oneOf('unit_type', UNIT_TYPES);
  const unitName = read.optional('unit_name');
  const unitSite = read.optional('unit_site', 120);
  const arrests = read.count('arrests');
  const investigationsOpened = read.count('investigations_opened');
  const controlledDeliveries = read.count('controlled_deliveries');
  const personsChecked = read.count('persons_checked');
  const databaseChecks = readChecks(read);
  if (country === null || unitType === null || databaseChecks === null) return null;
  if (arrests === null || investigationsOpened === null || controlledDeliveries === null || personsChecked === null)
    return null;
  return {
    country,
    unitType,
    unitName,
    ...(unitSite !== null && { unitSite }),
    arrests,
    investigationsOpened,
    controlledDeliveries,
    personsChecked,
    databaseChecks,
  };
}

function readCountry(read: CellReader, knownCountries: ReadonlySet<string>): string | null {
  const value = read.required('country');
  if (value === null) return null;
  const iso3 = value.toUpperCase();
  return knownCountries.has(iso3)
    ? iso3
    : read.fail('country', `unknown country "${value}" (ISO 3166-1 alpha-3 expected)`, 'unknown_country', { value });
}

/** Both cells empty: the database was not queried or not reported. One without the other is an error. */
function readChecks(read: CellReader): DatabaseCheck[] | null {
  const checks: DatabaseCheck[] = [];
  let valid = true;
  for (const database of CHECK_DATABASES) {
    const queries = read.optionalCount(`${database}_queries`);
    const hits = read.optionalCount(`${database}_hits`);
    const queriesEmpty = read.text(`${database}_queries`) === '';
    const hitsEmpty = read.text(`${database}_hits`) === '';
    if (queriesEmpty && hitsEmpty) continue;
    if (queriesEmpty !== hitsEmpty) {
      const [missing, other] = queriesEmpty
        ? [`${database}_queries`, `${database}_hits`]
        : [`${database}_hits`, `${database}_queries`];
      read.fail(missing, `required when ${other} is given`, 'required_with', { other });
      valid = false;
    } else if (queries !== null && hits !== null) {
      if (hits > queries) {
        read.fail(`${database}_hits`, `${hits} hits exceed the ${queries} queries`, 'hits_exceed_queries', {
          hits,
          queries,
        });
        valid = false;
      } else checks.push({ database, queries, hits });
    } else valid = false;
  }
  return valid ? checks : null;
}

/** An empty commodity marks a result without seizures: its cases, quantity and unit stay empty too. */
function readSeizure(read: CellReader): Seizure | null | 'invalid' {
  if (read.text('commodity') === '') {
    const filled = (['cases', 'quantity', 'unit'] as const).filter((c) => read.text(c) !== '');
    for (const column of filled)
      read.fail(column, 'must be empty when commodity is empty', 'must_be_empty', { other: 'commodity' });
    return filled.length > 0 ? 'invalid' : null;
  }
  const commodity = read.oneOf('commodity', COMMODITIES);
  const cases = read.count('cases');
  const quantity = read.quantity('quantity');
  const unit = read.oneOf('unit', SEIZURE_UNITS);
  if (commodity === null || cases === null || quantity === null || unit === null) return 'invalid';
  // The cell as written: a fraction that rounds to a whole number at 3 decimals is still a fraction.
  if (breaksIntegerUnit(unit, Number(read.text('quantity')))) {
    const value = read.text('quantity');
    read.fail('quantity', `"${value}" ${unit}: a quantity in ${unit} must be a whole number`, 'integer_required', {
      unit,
      value,
    });
    return 'invalid';
  }
  return { commodity, cases, quantity, unit };
}
