import {
  DIMENSIONS,
  type Dimension,
  type LevelKeys,
  type MaturityCellNoise,
  type MaturityPoint,
  type MethodologyVersion,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { toNumber } from '../common/round.js';
import { cellKeyOfRow } from './cell-key-rows.js';
import { maturityRowOfCell, type MaturityFlatRow } from './maturity-cell-rows.js';
import { MATURITY_CELLS_SQL } from './maturity.sql.js';

export interface MaturityFilter {
  groupingId: string;
  from: number;
  to: number;
  dimension: Dimension | undefined;
  statuses: string[];
  methodology: MethodologyVersion;
}

export type MaturityRowPoint = Omit<MaturityPoint, 'regionName'>;

/** A region-year's exact statistics, and what protecting them for national users needs. */
export interface MaturityRow {
  point: MaturityRowPoint;
  noise: MaturityCellNoise;
}

type MaturitySqlRow = MaturityFlatRow;

interface CellRow {
  region: string;
  year: number;
  members: number;
  assessed: number;
  figures: Record<string, number | null> | null;
}

@Injectable()
export class MaturityRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Region/year statistics over the current assessments, from the cells PostgreSQL keeps at each write. */
  async aggregateMaturityByRegionYear(filter: MaturityFilter): Promise<MaturityRow[]> {
    const cells: CellRow[] = await this.reads.query(MATURITY_CELLS_SQL, [
      filter.groupingId,
      filter.from,
      filter.to,
      filter.statuses,
      filter.methodology,
    ]);
    return cells.map((cell) => {
      const row = maturityRowOfCell(cell, filter.dimension ?? 'overall');
      return { point: toMaturityPoint(row), noise: toMaturityNoise(row) };
    });
  }
}

function counts(row: MaturitySqlRow, prefix: string): MaturityPoint['levels'] {
  return {
    '1': Number(row[`${prefix}_1`]),
    '2': Number(row[`${prefix}_2`]),
    '3': Number(row[`${prefix}_3`]),
    '4': Number(row[`${prefix}_4`]),
    '5': Number(row[`${prefix}_5`]),
  };
}

function toMaturityPoint(row: MaturitySqlRow): MaturityRowPoint {
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [d, toNumber(row[`dim_${d}`])]),
  ) as MaturityPoint['dimensions'];
  return {
    region: row.region,
    year: row.year,
    members: row.members,
    assessed: row.assessed,
    coverage: row.members === 0 ? 0 : (toNumber(row.assessed / row.members) ?? 0),
    mean: toNumber(row.mean),
    median: toNumber(row.median),
    p25: toNumber(row.p25),
    p75: toNumber(row.p75),
    min: toNumber(row.min),
    max: toNumber(row.max),
    levels: counts(row, 'level'),
    selfLevels: counts(row, 'self'),
    dimensions,
    suppressed: false,
  };
}

function levelKeys(row: MaturitySqlRow, prefix: string): LevelKeys {
  return {
    '1': cellKeyOfRow(row, `${prefix}_1_key`),
    '2': cellKeyOfRow(row, `${prefix}_2_key`),
    '3': cellKeyOfRow(row, `${prefix}_3_key`),
    '4': cellKeyOfRow(row, `${prefix}_4_key`),
    '5': cellKeyOfRow(row, `${prefix}_5_key`),
  };
}

function toMaturityNoise(row: MaturitySqlRow): MaturityCellNoise {
  const dimensions = Object.fromEntries(
    DIMENSIONS.map((d) => [
      d,
      {
        sum: toNumber(row[`dsum_${d}`]),
        n: Number(row[`dn_${d}`]),
        key: cellKeyOfRow(row, `dk_${d}`),
        ownKey: cellKeyOfRow(row, `do_${d}`),
      },
    ]),
  ) as MaturityCellNoise['dimensions'];
  return {
    value: {
      sum: toNumber(row.value_sum),
      n: Number(row.value_n),
      key: cellKeyOfRow(row, 'value'),
      ownKey: cellKeyOfRow(row, 'value_own'),
    },
    dimensions,
    assessed: cellKeyOfRow(row, 'assessed'),
    levels: levelKeys(row, 'level'),
    selfLevels: levelKeys(row, 'self'),
  };
}
