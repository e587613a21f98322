import type { Commodity, SeizureUnit } from '@cpc/domain';
import { Check, Entity, Index, PrimaryColumn } from 'typeorm';
import { ResultSums, SeizureSums } from './rollup-sums.js';
import { COMMODITY_CHECK, UNIT_CHECK } from './seizure.entity.js';

/**
 * Seizures summed by country, end year, commodity and unit, kept up to date by adding and subtracting the
 * contributions of the results each write touches, in the same transaction: the unfiltered operations
 * analytics read this instead of every seizure row. A row goes when no seizure row contributes any more.
 */
@Entity('operation_seizure_rollup')
@Check('ck_operation_seizure_rollup_commodity', COMMODITY_CHECK)
@Check('ck_operation_seizure_rollup_unit', UNIT_CHECK)
@Index('ix_operation_seizure_rollup_year', ['year', 'countryIso3'])
export class SeizureRollupEntity extends SeizureSums {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;

  @PrimaryColumn({ type: 'text' })
  commodity: Commodity;

  @PrimaryColumn({ type: 'text' })
  unit: SeizureUnit;
}

/**
 * Results summed by country and end year, kept like the seizure rollup: the unfiltered operations analytics
 * read a row per country-year here instead of every result.
 */
@Entity('operation_result_rollup')
@Index('ix_operation_result_rollup_year', ['year', 'countryIso3'])
export class ResultRollupEntity extends ResultSums {
  @PrimaryColumn({ name: 'country_iso3', type: 'char', length: 3 })
  countryIso3: string;

  @PrimaryColumn({ type: 'smallint' })
  year: number;
}
