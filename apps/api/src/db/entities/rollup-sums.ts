import { Column } from 'typeorm';

/** The summed outcomes of results: the value columns of every results rollup (country or region). */
export abstract class ResultSums {
  /** How many results are summed here. */
  @Column({ type: 'int' })
  results: number;

  @Column({ type: 'bigint' })
  arrests: string;

  @Column({ name: 'investigations_opened', type: 'bigint' })
  investigationsOpened: string;

  @Column({ name: 'controlled_deliveries', type: 'bigint' })
  controlledDeliveries: string;

  @Column({ name: 'persons_checked', type: 'bigint' })
  personsChecked: string;

  @Column({ name: 'sltd_queries', type: 'bigint' })
  sltdQueries: string;

  @Column({ name: 'sltd_hits', type: 'bigint' })
  sltdHits: string;

  @Column({ name: 'smv_queries', type: 'bigint' })
  smvQueries: string;

  @Column({ name: 'smv_hits', type: 'bigint' })
  smvHits: string;

  @Column({ name: 'nominal_queries', type: 'bigint' })
  nominalQueries: string;

  @Column({ name: 'nominal_hits', type: 'bigint' })
  nominalHits: string;

  @Column({ name: 'notices_queries', type: 'bigint' })
  noticesQueries: string;

  @Column({ name: 'notices_hits', type: 'bigint' })
  noticesHits: string;
}

/** The summed seizures: the value columns of every seizures rollup (country or region). */
export abstract class SeizureSums {
  @Column({ type: 'bigint' })
  cases: string;

  @Column({ type: 'numeric' })
  quantity: string;

  /** How many seizure rows are summed here. */
  @Column({ type: 'int' })
  seizures: number;
}
