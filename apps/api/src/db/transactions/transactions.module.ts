import { Global, Module } from '@nestjs/common';
import { Transactions } from './transactions.js';

/** Global: every module's services open their transactions through the same helper. */
@Global()
@Module({ providers: [Transactions], exports: [Transactions] })
export class TransactionsModule {}
