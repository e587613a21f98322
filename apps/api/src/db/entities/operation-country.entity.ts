import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CountryEntity } from './country.entity.js';
import { OperationEntity } from './operation.entity.js';

/** The countries taking part in an operation; a result can only come from one of them. */
@Entity('operation_countries')
@Index('ix_operation_countries_country', ['countryIso3', 'operationId'])
export class OperationCountryEntity {
  @PrimaryColumn({ name: 'operation_id', type: 'uuid' })
  operationId: string;

  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @ManyToOne(() => OperationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operation_id', foreignKeyConstraintName: 'fk_operation_countries_operation' })
  operation?: Relation<OperationEntity>;

  @ManyToOne(() => CountryEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_iso3', foreignKeyConstraintName: 'fk_operation_countries_country' })
  country?: Relation<CountryEntity>;
}
