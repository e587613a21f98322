import { INITIAL_METHODOLOGY_VERSION, isMethodologyVersion, type MethodologyVersion } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  INSERT_DECISION_SQL,
  LATEST_DECISION_SQL,
  LOCK_DECISIONS_SQL,
  VERSIONS_UNSCORED_SQL,
} from './methodology.sql.js';

/** The default version and the decision that made it; without any decision, the initial default. */
export interface MethodologyDecision {
  version: MethodologyVersion;
  reason: string | null;
  adoptedAt: Date | null;
  adoptedBy: string | null;
}

interface DecisionRow {
  version: string;
  reason: string;
  adopted_at: Date;
  adopted_by: string | null;
}

@Injectable()
export class MethodologyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findDecisionInForce(manager?: EntityManager): Promise<MethodologyDecision> {
    const rows: DecisionRow[] = await (manager ?? this.dataSource).query(LATEST_DECISION_SQL);
    const row = rows[0];
    // A version no longer in METHODOLOGY_VERSIONS cannot be in force: the initial default stands in.
    if (!row || !isMethodologyVersion(row.version)) {
      return { version: INITIAL_METHODOLOGY_VERSION, reason: null, adoptedAt: null, adoptedBy: null };
    }
    return { version: row.version, reason: row.reason, adoptedAt: row.adopted_at, adoptedBy: row.adopted_by };
  }

  async insertDecision(
    manager: EntityManager,
    decision: { version: MethodologyVersion; reason: string; userId: string },
  ): Promise<void> {
    await manager.query(LOCK_DECISIONS_SQL);
    await manager.query(INSERT_DECISION_SQL, [decision.version, decision.reason, decision.userId]);
  }

  /** The versions some scored assessment has no scores under yet (a start-up backfill is running or failed). */
  async findVersionsNotScored(versions: readonly MethodologyVersion[]): Promise<Set<string>> {
    const rows: { version: string }[] = await this.dataSource.query(VERSIONS_UNSCORED_SQL, [versions]);
    return new Set(rows.map((r) => r.version));
  }
}
