import { ALL_REGIONS, DIMENSION_DEFINITIONS, type Localized } from '@cpc/domain';
import { HEATMAP_COLUMNS, type HeatmapRow as HeatmapRowModel } from '../analytics/heatmapModel';
import type { Cell, Measure } from '../analytics/cells';
import { CellText } from '../ui/CellText';
import { WithheldText } from '../ui/WithheldText';
import { useI18n } from '../i18n/useI18n';
import { fillFor, textColourOn } from '../chart/colourScale';

interface HeatmapProps {
  rows: readonly HeatmapRowModel[];
  caption: string;
  /** Without colours and with the assessed counts: the heatmap's "show as table" alternative. */
  plain?: boolean;
}

const LABELS = new Map<Measure, Localized>(DIMENSION_DEFINITIONS.map((d) => [d.code, d.label]));

function cellStyle(cell: Cell) {
  const fill = fillFor(cell, 'overall');
  if (fill.kind !== 'colour') return { className: `heat-cell heat-${fill.kind}`, style: undefined };
  return {
    className: 'heat-cell',
    style: { backgroundColor: fill.colour, color: textColourOn(fill.colour) },
  };
}

/** Regions × dimensions: the mean printed in each cell, its colour on the 0–100 scale repeating it. */
export function Heatmap({ rows, caption, plain = false }: HeatmapProps) {
  const { t, localize } = useI18n();
  const columnLabel = (measure: Measure) => {
    const label = LABELS.get(measure);
    return label ? localize(label) : t('overallIndex');
  };
  return (
    <div className="table-scroll">
      <table
        className={plain ? 'data-table compact-table' : 'heatmap'}
        data-testid={plain ? 'heatmap-table' : 'heatmap'}
      >
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tableRegion')}</th>
            {HEATMAP_COLUMNS.map((measure) => (
              <th key={measure} scope="col" className="numeric" data-measure={measure}>
                {columnLabel(measure)}
              </th>
            ))}
            {plain && (
              <th scope="col" className="numeric">
                {t('tableAssessed')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <HeatmapRow key={row.region} row={row} plain={plain} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HeatmapRow({ row, plain }: { row: HeatmapRowModel; plain: boolean }) {
  const { t, localize } = useI18n();
  return (
    <tr data-region={row.region} className={row.region === ALL_REGIONS ? 'all-row' : undefined}>
      <th scope="row">{row.region === ALL_REGIONS ? t('allMembers') : localize(row.name)}</th>
      {row.cells.map((cell, i) => {
        const measure = HEATMAP_COLUMNS[i] ?? 'overall';
        const { className, style } = plain ? { className: 'numeric', style: undefined } : cellStyle(cell);
        return (
          <td key={measure} className={className} style={style} data-measure={measure} data-state={cell.state}>
            <CellText cell={cell} />
          </td>
        );
      })}
      {plain && (
        <td className="numeric">{row.assessed === null ? <WithheldText /> : `${row.assessed}/${row.members}`}</td>
      )}
    </tr>
  );
}
