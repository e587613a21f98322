import { DIMENSIONS } from '@cpc/domain';
import { LEVELS, type Measure } from './maturity-cells.sql.js';

type Figures = Record<string, number | null>;
export type MaturityFlatRow = Record<string, string | number | null> & {
  region: string;
  year: number;
  members: number;
  assessed: number;
};

/** A count or key sum of the cell: 0 where the cell has no assessment at all. */
const counted = (f: Figures, key: string): number => f[key] ?? 0;
/** A statistic of the cell: null where nothing is assessed. */
const statistic = (f: Figures, key: string): number | null => f[key] ?? null;

function keyColumns(f: Figures, alias: string, stored: string): Record<string, number> {
  return { [`${alias}_units`]: counted(f, `${stored}_units`), [`${alias}_conf`]: counted(f, `${stored}_conf`) };
}

function measureColumns(f: Figures, measure: Measure): Record<string, number | null> {
  return {
    mean: statistic(f, `${measure}_mean`),
    median: statistic(f, `${measure}_median`),
    p25: statistic(f, `${measure}_p25`),
    p75: statistic(f, `${measure}_p75`),
    min: statistic(f, `${measure}_min`),
    max: statistic(f, `${measure}_max`),
    value_sum: statistic(f, `${measure}_sum`),
    value_n: counted(f, `${measure}_n`),
    ...keyColumns(f, 'value', `${measure}_key`),
    ...keyColumns(f, 'value_own', `${measure}_own`),
  };
}

function dimensionColumns(f: Figures): Record<string, number | null> {
  return Object.fromEntries(
    DIMENSIONS.flatMap((d) => [
      [`dim_${d}`, statistic(f, `${d}_mean`)],
      [`dsum_${d}`, statistic(f, `${d}_sum`)],
      [`dn_${d}`, counted(f, `${d}_n`)],
      ...Object.entries(keyColumns(f, `dk_${d}`, `${d}_key`)),
      ...Object.entries(keyColumns(f, `do_${d}`, `${d}_own`)),
    ]),
  );
}

function levelColumns(f: Figures): Record<string, number> {
  return Object.fromEntries(
    LEVELS.flatMap((l) => [
      [`level_${l}`, counted(f, `level_${l}`)],
      [`self_${l}`, counted(f, `self_${l}`)],
      ...Object.entries(keyColumns(f, `level_${l}_key`, `level_${l}_key`)),
      ...Object.entries(keyColumns(f, `self_${l}_key`, `self_${l}_key`)),
    ]),
  );
}

/**
 * A maintained cell as the maturity statement's row for one measure: the columns `toMaturityPoint` and
 * `toMaturityNoise` read, taken from the cell's figures (a region-year without any assessment has none).
 */
export function maturityRowOfCell(
  cell: { region: string; year: number; members: number; assessed: number; figures: Figures | null },
  measure: Measure,
): MaturityFlatRow {
  const f = cell.figures ?? {};
  return {
    region: cell.region,
    year: cell.year,
    members: cell.members,
    assessed: cell.assessed,
    ...measureColumns(f, measure),
    ...dimensionColumns(f),
    ...levelColumns(f),
    ...keyColumns(f, 'assessed', 'assessed'),
  };
}
