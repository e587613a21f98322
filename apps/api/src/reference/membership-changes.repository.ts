import type { ErrorParams, FieldErrorCode, MembershipChangeRequest } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  CHANGES_SQL,
  END_PERIOD_SQL,
  PERIODS_FROM_SQL,
  RECORD_CHANGE_SQL,
  REGION_ID_SQL,
  START_PERIOD_SQL,
} from './membership-changes.sql.js';

/** Why a change cannot apply to the stored periods: the field at fault, the problem and its code. */
export interface ChangeProblem {
  field: 'region' | 'effective';
  problem: string;
  code: FieldErrorCode;
  params: ErrorParams;
}

interface PeriodRow {
  code: string;
  valid_from: string;
  later: boolean;
}

/** Membership periods changed one dated change at a time; the caller owns the transaction. */
@Injectable()
export class MembershipChangesRepository {
  /** Applies a change to the stored periods, or says why it cannot; nothing is written when it cannot. */
  async apply(
    manager: EntityManager,
    grouping: string,
    change: MembershipChangeRequest,
  ): Promise<ChangeProblem | null> {
    const { iso3, region, effective } = change;
    const regionId = region === null ? null : await this.regionId(manager, grouping, region);
    if (region !== null && regionId === null)
      return {
        field: 'region',
        problem: `no region ${region} in ${grouping}`,
        code: 'unknown_region',
        params: { region },
      };
    const periods: PeriodRow[] = await manager.query(PERIODS_FROM_SQL, [grouping, iso3, effective]);
    const later = periods.find((p) => p.later);
    if (later)
      return {
        field: 'effective',
        problem: `${iso3} already has a membership from ${later.valid_from}`,
        code: 'membership_later',
        params: { country: iso3, date: later.valid_from },
      };
    const current = periods[0];
    if (current && current.code === region)
      return {
        field: 'region',
        problem: `${iso3} is already a member of ${region}`,
        code: 'already_member',
        params: { country: iso3, region },
      };
    if (!current && region === null)
      return {
        field: 'region',
        problem: `${iso3} is a member of no region on ${effective}`,
        code: 'no_membership',
        params: { country: iso3, date: effective },
      };
    await manager.query(END_PERIOD_SQL, [grouping, iso3, effective]);
    if (regionId !== null) await manager.query(START_PERIOD_SQL, [regionId, iso3, effective]);
    return null;
  }

  async record(manager: EntityManager, grouping: string, change: MembershipChangeRequest, by: string): Promise<void> {
    await manager.query(RECORD_CHANGE_SQL, [grouping, change.iso3, change.region, change.effective, by]);
  }

  async changesOf(manager: EntityManager, grouping: string): Promise<MembershipChangeRequest[]> {
    return manager.query(CHANGES_SQL, [grouping]);
  }

  private async regionId(manager: EntityManager, grouping: string, region: string): Promise<number | null> {
    const rows: { id: number }[] = await manager.query(REGION_ID_SQL, [grouping, region]);
    return rows[0]?.id ?? null;
  }
}
