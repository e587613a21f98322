import { COUNTRIES, UN_GROUPING, WCO_DATED_GROUPING } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { ReferenceRepository } from './reference.repository.js';

/** Brings the database's countries and built-in groupings in line with packages/domain, in one transaction. */
@Injectable()
export class ReferenceDataLoader {
  constructor(
    private readonly transactions: Transactions,
    private readonly references: ReferenceRepository,
  ) {}

  async load(): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.references.upsertCountries(manager, COUNTRIES);
      for (const grouping of [WCO_DATED_GROUPING, UN_GROUPING])
        await this.references.saveGrouping(manager, grouping, true);
    });
  }
}
