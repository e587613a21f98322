import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { orderOf, SortHeader } from '../ui/SortHeader';
import type { UnitRow, UnitSort, UnitSortKey } from './unitOutcomes';

interface UnitColumn {
  key: UnitSortKey;
  label: MessageKey;
  numeric: boolean;
}

/** The columns, each sortable: names alphabetically first, figures largest first. */
export const UNIT_COLUMNS: readonly UnitColumn[] = [
  { key: 'unit', label: 'unitsColumnUnit', numeric: false },
  { key: 'unitType', label: 'unitsTypeColumn', numeric: false },
  { key: 'site', label: 'unitsColumnSite', numeric: false },
  { key: 'country', label: 'country', numeric: false },
  { key: 'region', label: 'tableRegion', numeric: false },
  { key: 'results', label: 'unitsResults', numeric: true },
  { key: 'arrests', label: 'metricArrests', numeric: true },
  { key: 'seizureCases', label: 'metricSeizureCases', numeric: true },
];

interface UnitsTableBodyProps {
  rows: readonly UnitRow[];
  sort: UnitSort;
  onSort: (key: UnitSortKey) => void;
}

/** The header, whose buttons sort the table (announced by aria-sort), and a row per unit. */
export function UnitsTableBody({ rows, sort, onSort }: UnitsTableBodyProps) {
  const { t } = useI18n();
  return (
    <>
      <thead>
        <tr>
          {UNIT_COLUMNS.map((column) => (
            <SortHeader
              key={column.key}
              column={column.key}
              numeric={column.numeric}
              order={orderOf(sort, column.key)}
              onSort={() => {
                onSort(column.key);
              }}
            >
              {t(column.label)}
            </SortHeader>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <UnitTableRow key={`${row.unitId}:${row.region}`} row={row} />
        ))}
      </tbody>
    </>
  );
}

function UnitTableRow({ row }: { row: UnitRow }) {
  const { format } = useI18n();
  return (
    <tr data-unit={row.unitId}>
      <th scope="row">{row.unit}</th>
      <td>{row.unitTypeName}</td>
      <td>{row.site}</td>
      <td>{row.countryName}</td>
      <td>{row.regionName}</td>
      <td className="numeric">{format.count(row.results)}</td>
      <td className="numeric">{format.count(row.arrests)}</td>
      <td className="numeric">{format.count(row.seizureCases)}</td>
    </tr>
  );
}
