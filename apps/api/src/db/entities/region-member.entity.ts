import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { RegionEntity } from './region.entity.js';

@Entity('region_members')
@Index('ix_region_members_country', ['countryIso3'])
export class RegionMemberEntity {
  @PrimaryColumn({ name: 'region_id', type: 'int' })
  regionId: number;

  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => RegionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_region_members_region' })
  region?: Relation<RegionEntity>;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_region_members_country' })
  country?: Relation<CountryEntity>;
}
