import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { REFRESH_LOCK } from './refresh-maturity-cells.sql.js';
import { REGION_ROLLUP_TABLES } from './region-filter-rollups.sql.js';

/** The installed refresh function's fingerprint, kept as its comment. */
const INSTALLED_FINGERPRINT_SQL = `SELECT obj_description('refresh_maturity_cells()'::regprocedure, 'pg_proc') AS fingerprint`;

/** Everything the refresh keeps, emptied before a rebuild under a new refresh function. */
const CLEAR_MAINTAINED_SQL = `TRUNCATE maturity_facts, action_plan_facts, plan_cells, plan_cell_values, maturity_cells, maturity_score_counts, region_year_members, member_page_marks, maturity_groupings, count_facts,
  count_cells, zero_record_cells, zero_record_shared, operation_cells, ${REGION_ROLLUP_TABLES.join(', ')}`;

/** Queues a refresh of every country and grouping, run at the transaction's commit. */
const QUEUE_EVERYTHING_SQL = 'INSERT INTO analytics_refresh_queue (everything) VALUES (true)';

/** The lock refresh_maturity_cells() takes. */
const LOCK_REFRESHES_SQL = `SELECT pg_advisory_xact_lock(${REFRESH_LOCK})`;

/** Keeps the maturity facts' and cells' refresh function as this version of the app writes it. */
@Injectable()
export class MaturityCellsRepository {
  /** Until the transaction ends, no refresh runs and no other instance installs (two may start at once). */
  async lockRefreshes(tx: EntityManager): Promise<void> {
    await tx.query(LOCK_REFRESHES_SQL);
  }

  async installedFingerprint(tx: EntityManager): Promise<string | null> {
    const rows: { fingerprint: string | null }[] = await tx.query(INSTALLED_FINGERPRINT_SQL);
    return rows[0]?.fingerprint ?? null;
  }

  /** Replaces the function, records its fingerprint, and rebuilds everything it keeps when the transaction commits. */
  async installAndRebuild(tx: EntityManager, functionSql: string, fingerprint: string): Promise<void> {
    await tx.query(functionSql);
    // COMMENT takes no parameters; the fingerprint is an MD5 in hex, never user text.
    await tx.query(`COMMENT ON FUNCTION refresh_maturity_cells() IS '${fingerprint.replace(/[^0-9a-f]/g, '')}'`);
    await tx.query(CLEAR_MAINTAINED_SQL);
    await tx.query(QUEUE_EVERYTHING_SQL);
  }
}
