import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A single row whose version is bumped by triggers on every change to the data the analytics read,
 * so that any API instance can tell whether a cached aggregate is still current.
 */
@Entity('analytics_state')
@Check('ck_analytics_state_single_row', `"id" = 1`)
export class AnalyticsStateEntity {
  @PrimaryColumn({ type: 'smallint' })
  id: number;

  @Column({ name: 'data_version', type: 'bigint', default: 0 })
  dataVersion: string;
}

/**
 * The transactions that changed analytics data and have yet to bump the version: one row each, whose
 * deferred trigger bumps it at commit, so that a long import holds the version's row for an instant.
 */
@Entity('analytics_version_pending')
export class AnalyticsVersionPendingEntity {
  @PrimaryColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_analytics_version_pending' })
  txid: string;
}
