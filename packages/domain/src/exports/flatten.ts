import { CHECK_DATABASES, COMMODITIES, SEIZURE_UNITS } from '../operations/vocabularies.js';
import type { ExportCell } from './cells.js';

/**
 * How a list of objects inside a row becomes columns: one group of columns per element, named by the
 * element's natural key, e.g. `quantities.cocaine.kg` and `quantities.cocaine.kg.cases`.
 */
export interface ListSpread {
  /** The fields that name an element, joined with dots: `['commodity', 'unit']` → `cocaine.kg`. */
  keys: readonly string[];
  /** The field shown under the bare key column (`quantities.cocaine.kg`); the others get `.<field>`. */
  main?: string;
  /** Every key, dotted, in the domain vocabulary's order: the order of the key groups among the columns. */
  order: readonly string[];
}

/** The lists of objects the analytics responses hold, by field name. */
export const LIST_SPREADS: Readonly<Record<string, ListSpread>> = {
  quantities: {
    keys: ['commodity', 'unit'],
    main: 'quantity',
    order: COMMODITIES.flatMap((commodity) => SEIZURE_UNITS.map((unit) => `${commodity}.${unit}`)),
  },
  databaseChecks: { keys: ['database'], order: CHECK_DATABASES },
};

/** A table ready to be written: a header and rows of cells, each row as long as the header. */
export interface FlatTable {
  columns: string[];
  rows: ExportCell[][];
}

interface ColumnNode {
  /** A value (not an object or a list) was seen here, so the path itself is a column. */
  leaf: boolean;
  /** In the order first seen, unless `spread` orders them. */
  children: Map<string, ColumnNode>;
  spread: ListSpread | null;
}

const newNode = (): ColumnNode => ({ leaf: false, children: new Map(), spread: null });
const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

function childOf(node: ColumnNode, key: string): ColumnNode {
  let child = node.children.get(key);
  if (!child) {
    child = newNode();
    node.children.set(key, child);
  }
  return child;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Records a value at `path`: scalars as cells, objects field by field, lists by their spread. */
function walk(
  node: ColumnNode,
  value: unknown,
  field: string,
  path: string,
  cells: Map<string, ExportCell>,
  spreads: Readonly<Record<string, ListSpread>>,
): void {
  if (value === null || value === undefined) return;
  if (isScalar(value)) {
    node.leaf = true;
    cells.set(path, value);
  } else if (Array.isArray(value)) {
    walkList(node, value, field, path, cells, spreads);
  } else if (isRecord(value)) {
    for (const [key, v] of Object.entries(value)) {
      if (v !== undefined) walk(childOf(node, key), v, key, join(path, key), cells, spreads);
    }
  } else {
    throw new Error(`${path}: a ${typeof value} cannot be exported`);
  }
}

function walkList(
  node: ColumnNode,
  list: unknown[],
  field: string,
  path: string,
  cells: Map<string, ExportCell>,
  spreads: Readonly<Record<string, ListSpread>>,
): void {
  if (list.length === 0) return;
  if (list.every(isScalar)) {
    node.leaf = true;
    cells.set(path, list.map(String).join('; '));
    return;
  }
  const spread = spreads[field];
  if (!spread) throw new Error(`${path}: a list of objects needs a ListSpread naming its key`);
  node.spread = spread;
  const seen = new Set<string>();
  for (const element of list) {
    if (!isRecord(element)) throw new Error(`${path}: a list mixing objects and values cannot be exported`);
    const key = spread.keys
      .map((k) => {
        const part = element[k];
        if (typeof part !== 'string' && typeof part !== 'number') throw new Error(`${path}: an element has no ${k}`);
        return String(part);
      })
      .join('.');
    if (seen.has(key)) throw new Error(`${path}: two elements are both ${key}`);
    seen.add(key);
    const keyPath = join(path, key);
    const keyNode = childOf(node, key);
    for (const [name, value] of Object.entries(element)) {
      if (spread.keys.includes(name) || value === undefined) continue;
      if (name === spread.main) walk(keyNode, value, name, keyPath, cells, spreads);
      else walk(childOf(keyNode, name), value, name, join(keyPath, name), cells, spreads);
    }
  }
}

function byVocabulary(order: readonly string[]): (a: string, b: string) => number {
  const rank = (key: string) => {
    const index = order.indexOf(key);
    return index < 0 ? order.length : index;
  };
  // Array.prototype.sort is stable: keys outside the vocabulary keep the order they were first seen in.
  return (a, b) => rank(a) - rank(b);
}

function columnsOf(node: ColumnNode, path: string): string[] {
  // An object or list that is null or empty in every row still shows as one (empty) column of its own name.
  const own = node.leaf || node.children.size === 0 ? [path] : [];
  const keys = [...node.children.keys()];
  if (node.spread) keys.sort(byVocabulary(node.spread.order));
  return [...own, ...keys.flatMap((key) => columnsOf(childOf(node, key), join(path, key)))];
}

/**
 * One row per element of a JSON list. Columns are the field names, in the order first seen; nested objects
 * are flattened with dots (`levels.1`, `regionName.en`); lists of objects are spread by `spreads` into one
 * group of columns per key, in vocabulary order, for the keys present in the data. A cell a row lacks is
 * null.
 */
export function flattenRows(
  rows: readonly unknown[],
  spreads: Readonly<Record<string, ListSpread>> = LIST_SPREADS,
): FlatTable {
  const root = newNode();
  const cellsByRow = rows.map((row, index) => {
    if (!isRecord(row)) throw new Error(`row ${index + 1}: only objects can be exported as rows`);
    const cells = new Map<string, ExportCell>();
    walk(root, row, '', '', cells, spreads);
    return cells;
  });
  const columns = [...root.children.keys()].flatMap((key) => columnsOf(childOf(root, key), key));
  return { columns, rows: cellsByRow.map((cells) => columns.map((column) => cells.get(column) ?? null)) };
}
