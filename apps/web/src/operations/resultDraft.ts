import {
  CHECK_DATABASES,
  type CheckDatabase,
  type Commodity,
  type CreateResultRequest,
  type DatabaseCheck,
  type OperationResult,
  type Seizure,
  type SeizureUnit,
  type UnitType,
  type UpdateResultRequest,
} from '@cpc/domain';
import type { MessageKey } from '../i18n/en';
import { parseNumber, type Checked, type FieldErrors } from './formErrors';

export const COUNT_FIELDS = ['arrests', 'investigationsOpened', 'controlledDeliveries', 'personsChecked'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

export interface CheckDraft {
  queries: string;
  hits: string;
}

export interface SeizureDraft {
  /** Keeps a row's inputs when an earlier row is removed. */
  key: number;
  commodity: Commodity | '';
  cases: string;
  quantity: string;
  unit: SeizureUnit | '';
}

/** The result form as typed: numbers are text until sent, choices may be blank. */
export interface ResultDraft {
  unitType: UnitType | '';
  unitName: string;
  counts: Record<CountField, string>;
  checks: Record<CheckDatabase, CheckDraft>;
  seizures: SeizureDraft[];
}

export type ResultFields = Omit<CreateResultRequest, 'country'>;

/** The fields the form shows, by the API's names: a database's fields are `checks.<database>.queries|hits`. */
export const RESULT_FIELDS = ['unitType', 'unitName', ...COUNT_FIELDS, 'checks', 'seizures'] as const;

let nextKey = 0;

export function emptySeizure(): SeizureDraft {
  nextKey += 1;
  return { key: nextKey, commodity: '', cases: '', quantity: '', unit: '' };
}

const mapDatabases = (f: (db: CheckDatabase) => CheckDraft) =>
  Object.fromEntries(CHECK_DATABASES.map((db) => [db, f(db)])) as Record<CheckDatabase, CheckDraft>;

export function emptyResultDraft(): ResultDraft {
  return {
    unitType: '',
    unitName: '',
    counts: { arrests: '', investigationsOpened: '', controlledDeliveries: '', personsChecked: '' },
    checks: mapDatabases(() => ({ queries: '', hits: '' })),
    seizures: [],
  };
}

export function resultDraftOf(result: OperationResult): ResultDraft {
  const reported = new Map(result.databaseChecks.map((c) => [c.database, c]));
  return {
    unitType: result.unitType,
    unitName: result.unitName ?? '',
    counts: {
      arrests: String(result.arrests),
      investigationsOpened: String(result.investigationsOpened),
      controlledDeliveries: String(result.controlledDeliveries),
      personsChecked: String(result.personsChecked),
    },
    checks: mapDatabases((db) => {
      const check = reported.get(db);
      return check ? { queries: String(check.queries), hits: String(check.hits) } : { queries: '', hits: '' };
    }),
    seizures: result.seizures.map((s) => ({
      ...emptySeizure(),
      commodity: s.commodity,
      cases: String(s.cases),
      quantity: String(s.quantity),
      unit: s.unit,
    })),
  };
}

/**
 * The result's fields for the API, or what is still blank. A database left blank is not reported; one
 * with queries or hits needs both. Ranges (negative, hits above queries, a commodity twice…) are the
 * API's to check: its 400 names the field.
 */
export function checkResultDraft(draft: ResultDraft): Checked<ResultFields> {
  const problems = new Map<string, MessageKey>();
  const number = (path: string, text: string): number => {
    const value = parseNumber(text);
    if (value === null) problems.set(path, 'opsEnterNumber');
    return value ?? 0;
  };
  const choice = <T extends string>(path: string, value: T | '', key: MessageKey): T | null => {
    if (value === '') problems.set(path, key);
    return value === '' ? null : value;
  };

  const unitType = choice('unitType', draft.unitType, 'resultChooseUnitType');
  const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, number(f, draft.counts[f])])) as Record<
    CountField,
    number
  >;
  const databaseChecks: DatabaseCheck[] = CHECK_DATABASES.filter((db) => {
    const { queries, hits } = draft.checks[db];
    return queries.trim() !== '' || hits.trim() !== '';
  }).map((database) => ({
    database,
    queries: number(`checks.${database}.queries`, draft.checks[database].queries),
    hits: number(`checks.${database}.hits`, draft.checks[database].hits),
  }));
  const seizures = draft.seizures.map((s, i) => ({
    commodity: choice(`seizures.${i}.commodity`, s.commodity, 'resultChooseCommodity'),
    cases: number(`seizures.${i}.cases`, s.cases),
    quantity: number(`seizures.${i}.quantity`, s.quantity),
    unit: choice(`seizures.${i}.unit`, s.unit, 'resultChooseUnit'),
  }));

  if (problems.size > 0 || unitType === null) return { ok: false, problems };
  const unitName = draft.unitName.trim();
  return {
    ok: true,
    value: {
      unitType,
      ...(unitName ? { unitName } : {}),
      ...counts,
      databaseChecks,
      seizures: seizures.filter((s): s is Seizure => s.commodity !== null && s.unit !== null),
    },
  };
}

/**
 * The API names a database check by its place in the list sent (`databaseChecks.1.hits`); the form by
 * its database (`checks.smv.hits`). Other fields keep their names: seizures are sent in the form's order.
 */
export function placeResultErrors(errors: FieldErrors, sent: readonly DatabaseCheck[]): FieldErrors {
  const placed = new Map<string, string>();
  for (const [path, message] of errors) {
    const match = /^databaseChecks\.(\d+)(\..*)?$/.exec(path);
    const database = match ? sent[Number(match[1])]?.database : undefined;
    placed.set(database ? `checks.${database}${match?.[2] ?? ''}` : path, message);
  }
  return placed;
}

/** An edit sends every field; a blank unit name clears it. */
export function toResultUpdate(fields: ResultFields): UpdateResultRequest {
  return { ...fields, unitName: fields.unitName ?? null };
}
