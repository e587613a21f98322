export interface SortState<K extends string> {
  key: K;
  descending: boolean;
}

interface SortHeaderProps<K extends string> {
  column: K;
  label: string;
  sort: SortState<K>;
  numeric?: boolean;
  onSort: (column: K) => void;
}

/** A column header whose button sorts the table by it; the order is announced by aria-sort. */
export function SortHeader<K extends string>({ column, label, sort, numeric = false, onSort }: SortHeaderProps<K>) {
  const sorted = sort.key === column;
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        data-sort={column}
        onClick={() => {
          onSort(column);
        }}
      >
        {label}
        <span aria-hidden="true" className="sort-mark">
          {sorted ? (sort.descending ? '▼' : '▲') : '↕'}
        </span>
      </button>
    </th>
  );
}

/**
 * The next sort after a click on `column`: the same column flips its order; a new one starts in its natural
 * order (names A to Z, figures largest first).
 */
export function nextSort<K extends string>(sort: SortState<K>, column: K, numeric: boolean): SortState<K> {
  return sort.key === column ? { key: column, descending: !sort.descending } : { key: column, descending: numeric };
}
