import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ReadDatabase } from './read-database.js';
import { NO_REPLICAS, REPLICA_OPTIONS, type ReplicaOptions } from './replica-options.js';

/** Global: analytics and export repositories read through ReadDatabase wherever they live. */
@Global()
@Module({})
export class ReplicasModule {
  static forRoot(options: Partial<ReplicaOptions> = {}): DynamicModule {
    return {
      module: ReplicasModule,
      providers: [{ provide: REPLICA_OPTIONS, useValue: { ...NO_REPLICAS, ...options } }, ReadDatabase],
      exports: [ReadDatabase],
    };
  }
}
