import { useRef, useState } from 'react';
import type { JointUnitType, OperationUnitsPoint } from '@cpc/domain';
import type { ExportSource } from '../api/exportSource';
import { ChartDownloadMenu } from '../chart/ChartDownloadMenu';
import type { MessageKey } from '../i18n/en';
import { useI18n } from '../i18n/useI18n';
import { SelectField } from '../ui/SelectField';
import { TableToggle } from '../ui/TableToggle';
import { BarList } from './BarList';
import { UNIT_MEASURES, unitTypeTotals, type UnitMeasure, type UnitTypeTotal } from './unitOutcomes';
import { compactFormatter } from './valueFormat';

export const MEASURE_LABELS: Record<UnitMeasure, MessageKey> = {
  results: 'unitsResults',
  arrests: 'metricArrests',
  seizureCases: 'metricSeizureCases',
};

export const unitTypeKey = (type: JointUnitType): MessageKey => `instUnit_${type}`;

interface UnitTypeChartProps {
  series: readonly OperationUnitsPoint[];
  region: string;
  regionName: string;
  period: string;
  /** The by-type view's file, for the download menu. */
  source: ExportSource;
}

/** One figure of the period per joint-unit type, as bars, with the three figures per type in its table. */
export function UnitTypeChart({ series, region, regionName, period, source }: UnitTypeChartProps) {
  const { t, lang, format } = useI18n();
  const plotRef = useRef<HTMLDivElement>(null);
  const [measure, setMeasure] = useState<UnitMeasure>('results');
  const { totals, withheldYears } = unitTypeTotals(series, region);
  const measureName = t(MEASURE_LABELS[measure]);
  const caption = t('unitsChartCaption', { measure: measureName, region: regionName, period });
  const download = { chart: plotRef, title: caption, source, axisTitles: { x: measureName } };
  const rows = measureRows(totals, measure, (type) => t(unitTypeKey(type)));

  return (
    <>
      <div className="chart-heading">
        <SelectField
          label={t('unitsMeasureLabel')}
          value={measure}
          options={UNIT_MEASURES.map((m) => ({ value: m, label: t(MEASURE_LABELS[m]) }))}
          onChange={(value) => {
            setMeasure(UNIT_MEASURES.find((m) => m === value) ?? 'results');
          }}
        />
        <ChartDownloadMenu howToRead="chartHelpUnitTypes" {...download} />
      </div>
      {withheldYears.length > 0 && (
        <p className="notice" data-testid="units-withheld">
          {t('detailWithheld', { years: withheldYears.join(', ') })}
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty-state" role="status" data-testid="units-none">
          {t('unitsNone')}
        </p>
      ) : (
        <>
          <BarList
            plotRef={plotRef}
            rows={rows}
            label={caption}
            formatValue={format.count}
            formatLabel={compactFormatter(lang)}
            testId="unit-type-chart"
          />
          <TableToggle subject={caption} testId="unit-type-panel">
            <UnitTypeTable totals={totals} caption={t('unitsTypeTableCaption', { region: regionName, period })} />
          </TableToggle>
        </>
      )}
    </>
  );
}

/** One bar per joint-unit type for the figure shown, the largest first. */
function measureRows(totals: readonly UnitTypeTotal[], measure: UnitMeasure, labelOf: (type: JointUnitType) => string) {
  return [...totals]
    .sort((a, b) => b[measure] - a[measure])
    .map((total) => ({ key: total.unitType, label: labelOf(total.unitType), value: total[measure] }));
}

function UnitTypeTable({ totals, caption }: { totals: readonly UnitTypeTotal[]; caption: string }) {
  const { t, format } = useI18n();
  return (
    <div className="table-scroll">
      <table className="data-table compact-table" data-testid="unit-type-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('unitsTypeColumn')}</th>
            {UNIT_MEASURES.map((m) => (
              <th key={m} scope="col" className="numeric">
                {t(MEASURE_LABELS[m])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {totals.map((total) => (
            <tr key={total.unitType} data-unit-type={total.unitType}>
              <th scope="row">{t(unitTypeKey(total.unitType))}</th>
              {UNIT_MEASURES.map((m) => (
                <td key={m} className="numeric">
                  {format.count(total[m])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
