import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/** What runs inside a transaction: every statement goes through `tx`, so that all of them commit together. */
export type TransactionWork<T> = (tx: EntityManager) => Promise<T>;

/**
 * The one way the services open a transaction. Repositories take the transaction's `EntityManager` and never
 * open one themselves, so a service decides what commits together and nothing is ever half-written.
 */
@Injectable()
export class Transactions {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `work` in one transaction: committed when it resolves, rolled back when it throws. */
  run<T>(work: TransactionWork<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * `work` in a transaction that is always rolled back. A dry run that writes this way meets every check,
   * constraint and lock the real write meets, so it answers exactly as the real write would, and leaves nothing.
   */
  async runRolledBack<T>(work: TransactionWork<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      let result: T;
      try {
        result = await work(runner.manager);
      } catch (error) {
        // The work's error is the answer; a rollback that fails as well (a lost connection) must not hide it.
        await runner.rollbackTransaction().catch(() => undefined);
        throw error;
      }
      await runner.rollbackTransaction();
      return result;
    } finally {
      await runner.release();
    }
  }

  /** A write that a dry run performs too, then rolls back (imports): committed unless `dryRun`. */
  runUnlessDryRun<T>(dryRun: boolean, work: TransactionWork<T>): Promise<T> {
    return dryRun ? this.runRolledBack(work) : this.run(work);
  }
}
