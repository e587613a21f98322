import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface CountryYear {
  country: string;
  year: number;
}

/** Keeps `operation_seizure_rollup` equal to the seizures summed by country, end year, commodity and unit. */
@Injectable()
export class SeizureRollupRepository {
  /** Recomputes the rollup rows of these country-years from the seizures, within the writer's transaction. */
  async refreshSeizureRollup(tx: EntityManager, pairs: CountryYear[]): Promise<void> {
    const unique = [...new Map(pairs.map((p) => [`${p.country} ${p.year}`, p])).values()];
    if (unique.length === 0) return;
    const params = [unique.map((p) => p.country), unique.map((p) => p.year)];
    await tx.query(
      `DELETE FROM operation_seizure_rollup u
       USING unnest($1::text[], $2::int[]) AS p(country, year)
       WHERE u.country_iso3 = p.country AND u.year = p.year`,
      params,
    );
    await tx.query(
      `INSERT INTO operation_seizure_rollup (country_iso3, year, commodity, unit, cases, quantity)
       SELECT r.country_iso3, o.end_year, s.commodity, s.unit, sum(s.cases), sum(s.quantity)
       FROM unnest($1::text[], $2::int[]) AS p(country, year)
       JOIN operation_results r ON r.country_iso3 = p.country
       JOIN operations o ON o.id = r.operation_id AND o.end_year = p.year
       JOIN operation_seizures s ON s.result_id = r.id
       GROUP BY r.country_iso3, o.end_year, s.commodity, s.unit`,
      params,
    );
  }
}
