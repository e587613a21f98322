import { COUNTRIES, UN_GROUPING, WCO_DATED_GROUPING } from '@cpc/domain';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Transactions } from '../db/transactions/transactions.js';
import { MembershipChangesRepository } from './membership-changes.repository.js';
import { ReferenceRepository } from './reference.repository.js';

/**
 * Brings the database's countries and built-in groupings in line with packages/domain, in one transaction,
 * then applies again the membership changes admins recorded, and gives the planner their statistics.
 */
@Injectable()
export class ReferenceDataLoader {
  constructor(
    private readonly transactions: Transactions,
    private readonly references: ReferenceRepository,
    private readonly changes: MembershipChangesRepository,
  ) {}

  async load(): Promise<void> {
    await this.transactions.run(async (manager) => {
      await this.references.upsertCountries(manager, COUNTRIES);
      for (const grouping of [WCO_DATED_GROUPING, UN_GROUPING]) {
        await this.references.saveGrouping(manager, grouping, true);
        await this.replayChanges(manager, grouping.id);
      }
    });
    await this.references.analyzeTables();
  }

  /**
   * The recorded changes, in the order they take effect. One that no longer applies (the reference data now
   * hold it, or hold a later period) is skipped: the reference data win.
   */
  private async replayChanges(manager: EntityManager, grouping: string): Promise<void> {
    for (const change of await this.changes.changesOf(manager, grouping))
      await this.changes.apply(manager, grouping, change);
  }
}
