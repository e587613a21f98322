import {
  ACTION_MAGNITUDES,
  type ActionMagnitude,
  type ActionsCellNoise,
  type ActionsPoint,
  type GapClosureCellNoise,
  type GapClosureItem,
  type MagnitudeNoise,
  type MethodologyVersion,
} from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { ReadDatabase } from '../db/replicas/read-database.js';
import { GAP_CLOSURE_SQL } from './action-plans.sql.js';
import { ACTIONS_SQL } from './actions.sql.js';
import { cellKeyOfRow } from './cell-key-rows.js';

type Row = Record<string, unknown> & { region: string; year: number; members: number };
type ClosureRow = Record<string, unknown> & {
  region: string;
  code: string;
  gaps: number;
  closed_next: number;
  closed_with: number;
  closed_without: number;
};

export type ActionsRowPoint = Omit<ActionsPoint, 'regionName'>;
export type GapClosureRowItem = Omit<GapClosureItem, 'regionName'>;

const num = (v: unknown): number => Number(v ?? 0);

function pointOf(r: Row): ActionsRowPoint {
  return {
    region: r.region,
    year: r.year,
    members: r.members,
    countriesWithPlan: num(r.countries_with_plan),
    actions: {
      planned: num(r.sum_planned),
      in_progress: num(r.sum_in_progress),
      done: num(r.sum_done),
      dropped: num(r.sum_dropped),
    },
    overdue: num(r.sum_overdue),
    gapsWithAction: num(r.sum_gapsWithAction),
    gaps: num(r.sum_gaps),
    suppressed: false,
  };
}

function noiseOf(r: Row): ActionsCellNoise {
  const magnitudes = Object.fromEntries(
    ACTION_MAGNITUDES.map((m) => [m, { largestConfidential: num(r[`max_${m}`]), keyUnits: num(r[`key_${m}`]) }]),
  ) as Record<ActionMagnitude, MagnitudeNoise>;
  return { withPlan: cellKeyOfRow(r, 'withPlan'), magnitudes };
}

function closureNoiseOf(r: ClosureRow): GapClosureCellNoise {
  return {
    gaps: cellKeyOfRow(r, 'gaps'),
    closedNext: cellKeyOfRow(r, 'closedNext'),
    closedNextWithAction: cellKeyOfRow(r, 'closedNextWithAction'),
    closedNextWithoutAction: cellKeyOfRow(r, 'closedNextWithoutAction'),
  };
}

/** The analytics over national action plans, computed by PostgreSQL (GROUP BY region and year, or item). */
@Injectable()
export class ActionPlansAnalyticsRepository {
  constructor(private readonly reads: ReadDatabase) {}

  /** Per region (plus ALL) and year, the members' plans at 31 December and their current gaps. */
  async actionsByRegionYear(
    groupingId: string,
    span: { from: number; to: number },
    methodology: MethodologyVersion,
    statuses: string[],
  ): Promise<{ point: ActionsRowPoint; noise: ActionsCellNoise }[]> {
    const rows: Row[] = await this.reads.query(ACTIONS_SQL, [groupingId, span.from, span.to, methodology, statuses]);
    return rows.map((r) => ({ point: pointOf(r), noise: noiseOf(r) }));
  }

  /**
   * Per region (plus ALL) and scored item, the gaps of the counted assessments of [from, to] and those closed at
   * the next counted assessment.
   */
  async gapClosureByRegionItem(
    groupingId: string,
    span: { from: number; to: number },
    methodology: MethodologyVersion,
    codes: string[],
  ): Promise<{ item: GapClosureRowItem; noise: GapClosureCellNoise }[]> {
    const rows: ClosureRow[] = await this.reads.query(GAP_CLOSURE_SQL, [
      groupingId,
      span.from,
      span.to,
      methodology,
      codes,
    ]);
    return rows.map((r) => ({
      item: {
        region: r.region,
        code: r.code,
        gaps: r.gaps,
        closedNext: r.closed_next,
        closedNextWithAction: r.closed_with,
        closedNextWithoutAction: r.closed_without,
        suppressed: false,
      },
      noise: closureNoiseOf(r),
    }));
  }
}
