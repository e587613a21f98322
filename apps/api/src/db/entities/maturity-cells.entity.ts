import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { cellKey } from './cell-key.js';

/**
 * The maturity statistics of a region (or ALL) of a grouping in a year, for one status scope and methodology,
 * with what their protection needs (`figures`: every measure's statistics, exact sums and key sums). Kept by
 * refresh_maturity_cells() at each commit (migration MaturityCells1795789000000).
 */
@Entity('maturity_cells')
export class MaturityCellEntity extends cellKey('PK_maturity_cells') {
  @Column({ type: 'integer' })
  assessed: number;

  @Column({ type: 'jsonb' })
  figures: Record<string, number | null>;
}

/** Each region's (and ALL's) member count at the end of each year 1990–2100, for the maturity figures. */
@Entity('region_year_members')
export class RegionYearMembersEntity {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', primaryKeyConstraintName: 'PK_region_year_members' })
  groupingId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_region_year_members' })
  region: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_region_year_members' })
  year: number;

  @Column({ type: 'integer' })
  members: number;
}

/**
 * Page marks of each region's (and ALL's) members, in the order of their codes (member-page-marks.sql.ts): for
 * each year in which the region's members change, the code that starts each bucket of 100 and how many members
 * come before it at the year's end. A page deep in the members starts from the last mark before it.
 */
@Entity('member_page_marks')
export class MemberPageMarkEntity {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', primaryKeyConstraintName: 'PK_member_page_marks' })
  groupingId: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_member_page_marks' })
  region: string;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'PK_member_page_marks' })
  year: number;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_member_page_marks' })
  bucket: number;

  @Column({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @Column({ type: 'integer' })
  position: number;
}

/** The memberships each grouping's maintained figures were counted from, as a fingerprint. */
@Entity('maturity_groupings')
export class MaturityGroupingEntity {
  @PrimaryColumn({ name: 'grouping_id', type: 'text', primaryKeyConstraintName: 'PK_maturity_groupings' })
  groupingId: string;

  @Column({ type: 'text' })
  fingerprint: string;
}

/** What the writes of a transaction touched, refreshed at its commit (a deferred trigger drains it). */
@Entity('analytics_refresh_queue')
export class AnalyticsRefreshQueueEntity {
  @PrimaryGeneratedColumn('identity', {
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'PK_analytics_refresh_queue',
  })
  id: string;

  @Column({ type: 'char', length: 3, array: true, nullable: true })
  countries: string[] | null;

  @Column({ type: 'text', array: true, nullable: true })
  groupings: string[] | null;

  @Column({ type: 'boolean', default: false })
  everything: boolean;

  /** End years whose operations rollups changed: their operation cells are recomputed. */
  @Column({ name: 'operation_years', type: 'smallint', array: true, nullable: true })
  operationYears: number[] | null;
}
