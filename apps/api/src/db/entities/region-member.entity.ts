import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { RegionEntity } from './region.entity.js';

/**
 * A country's membership of a region for a period: from its first day (`-infinity` where undated, as in
 * the UN and custom groupings) to its last day included (null while it lasts). A country that moved region
 * has one row per period.
 */
@Entity('region_members')
@Index('ix_region_members_country', ['countryIso3'])
@Check('ck_region_members_period', '"valid_to" IS NULL OR "valid_to" >= "valid_from"')
export class RegionMemberEntity {
  @PrimaryColumn({ name: 'region_id', type: 'int' })
  regionId: number;

  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date', default: () => "'-infinity'" })
  validFrom: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo: string | null;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_region_members_region' })
  region?: Relation<RegionEntity>;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_region_members_country' })
  country?: Relation<CountryEntity>;
}
