import type { ReactNode } from 'react';

export interface SortState<K extends string> {
  key: K;
  descending: boolean;
}

export type SortOrder = 'ascending' | 'descending' | null;

interface SortHeaderProps {
  column: string;
  /** The order the table is sorted in by this column, or null when it is sorted by another. */
  order: SortOrder;
  numeric?: boolean;
  onSort: () => void;
  children: ReactNode;
}

/** A column header whose button sorts the table by it; the order is announced by aria-sort. */
export function SortHeader({ column, order, numeric = false, onSort, children }: SortHeaderProps) {
  return (
    <th scope="col" className={numeric ? 'numeric' : undefined} aria-sort={order ?? 'none'}>
      <button type="button" className="sort-button" data-sort={column} onClick={onSort}>
        {children}
        <span aria-hidden="true" className="sort-mark">
          {order === null ? '↕' : order === 'descending' ? '▼' : '▲'}
        </span>
      </button>
    </th>
  );
}

/** This column's order in a sort state: what a SortHeader shows. */
export function orderOf<K extends string>(sort: SortState<K>, column: K): SortOrder {
  if (sort.key !== column) return null;
  return sort.descending ? 'descending' : 'ascending';
}

/**
 * The next sort after a click on `column`: the same column flips its order; a new one starts in its natural
 * order (names A to Z, figures largest first).
 */
export function nextSort<K extends string>(sort: SortState<K>, column: K, numeric: boolean): SortState<K> {
  return sort.key === column ? { key: column, descending: !sort.descending } : { key: column, descending: numeric };
}
