import { useMemo, useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { intlLocale, type GroupingResponse, type UnitOutcome } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { instrumentListQuery } from '../api/instrumentQueries';
import { useCountryName } from '../assessments/useCountryName';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import { useI18n } from '../i18n/useI18n';
import { UnitsTableBody, UNIT_COLUMNS } from './UnitsTableBody';
import { sortUnitRows, type UnitRow, type UnitSort } from './unitOutcomes';
import { unitTypeKey } from './UnitTypeChart';

interface UnitsTableProps {
  items: readonly UnitOutcome[];
  grouping: GroupingResponse | undefined;
  caption: string;
  national: boolean;
  /** The by-unit view's file, for the download menu. */
  source: ExportSource;
}

/**
 * The register's titles of the units the reader may read in the register (the analytics list gives the
 * site only); a unit the reader may not read there is named by its site.
 */
function useUnitTitles(): ReadonlyMap<string, string> {
  const register = useQuery({ ...instrumentListQuery({ kind: 'joint_unit' }), staleTime: 60_000 });
  return useMemo(
    () => new Map((register.data?.instruments ?? []).map((unit) => [unit.id, unit.title])),
    [register.data],
  );
}

/** Each unit with its figures of the period, in the order the reader picks by a column's header. */
export function UnitsTable({ items, grouping, caption, national, source }: UnitsTableProps) {
  const { t, lang, localize } = useI18n();
  // The picture is of the whole table, not of the box it scrolls in.
  const tableRef = useRef<HTMLTableElement>(null);
  const countryName = useCountryName();
  const titles = useUnitTitles();
  const [sort, setSort] = useState<UnitSort>({ key: 'results', descending: true });
  const regionNames = new Map((grouping?.regions ?? []).map((r) => [r.code, localize(r.name)]));
  const rows: UnitRow[] = items.map((item) => ({
    ...item,
    unit: titles.get(item.unitId) ?? item.site,
    unitTypeName: t(unitTypeKey(item.unitType)),
    countryName: countryName(item.country),
    regionName: regionNames.get(item.region) ?? item.region,
  }));
  const sorted = sortUnitRows(rows, sort, intlLocale(lang));

  return (
    <>
      <div className="chart-heading">
        <h3>{t('unitsListTitle')}</h3>
        <ChartDownloadMenu howToRead="chartHelpUnitsList" chart={tableRef} title={caption} source={source} />
      </div>
      {national && <p className="chart-description">{t('unitsListNational')}</p>}
      {sorted.length === 0 ? (
        <p className="empty-state" role="status">
          {t('unitsListEmpty')}
        </p>
      ) : (
        <div className="table-scroll units-table-scroll">
          <table ref={tableRef} className="data-table compact-table" data-testid="units-table">
            <caption>{caption}</caption>
            <UnitsTableBody
              rows={sorted}
              sort={sort}
              onSort={(key) => {
                setSort((current) =>
                  current.key === key
                    ? { key, descending: !current.descending }
                    : { key, descending: UNIT_COLUMNS.find((c) => c.key === key)?.numeric === true },
                );
              }}
            />
          </table>
        </div>
      )}
    </>
  );
}
