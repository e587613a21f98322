import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Transactions } from '../db/transactions/transactions.js';
import { MaturityCellsRepository } from './maturity-cells.repository.js';
import { REFRESH_MATURITY_CELLS_FUNCTION } from './refresh-maturity-cells.sql.js';

/**
 * Installs the refresh function of the maintained maturity figures at start, from the SQL this version of the
 * app writes (one home for the statistics and the disclosure keys), when the installed one differs; then
 * rebuilds the facts and cells once, in the same transaction. An unchanged function costs one read.
 */
@Injectable()
export class MaturityCellsInstaller {
  constructor(
    private readonly transactions: Transactions,
    private readonly cells: MaturityCellsRepository,
  ) {}

  async run(): Promise<void> {
    const fingerprint = createHash('md5').update(REFRESH_MATURITY_CELLS_FUNCTION).digest('hex');
    await this.transactions.run(async (tx) => {
      await this.cells.lockRefreshes(tx);
      if ((await this.cells.installedFingerprint(tx)) === fingerprint) return;
      await this.cells.installAndRebuild(tx, REFRESH_MATURITY_CELLS_FUNCTION, fingerprint);
    });
  }
}
