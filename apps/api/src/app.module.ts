import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionPlansModule } from './action-plans/action-plans.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { AssessmentsModule } from './assessments/assessments.module.js';
import { AuditModule } from './audit/audit.module.js';
import type { AuthOptions } from './auth/auth-options.js';
import { AuthModule } from './auth/auth.module.js';
import { ChangesModule } from './changes/changes.module.js';
import { dataSourceOptions } from './db/data-source-options.js';
import type { ReplicaOptions } from './db/replicas/replica-options.js';
import { ReplicasModule } from './db/replicas/replicas.module.js';
import { TransactionsModule } from './db/transactions/transactions.module.js';
import { DemoModule } from './demo/demo.module.js';
import { MethodologyModule } from './methodology/methodology.module.js';
import { DisclosureModule } from './disclosure/disclosure.module.js';
import { ExportsModule } from './exports/exports.module.js';
import { StatusController } from './health/status.controller.js';
import { StatusRepository } from './health/status.repository.js';
import { StatusService } from './health/status.service.js';
import { InstrumentController } from './instrument/instrument.controller.js';
import { RegisterChecksModule } from './instruments-checks/register-checks.module.js';
import { InstrumentsModule } from './instruments/instruments.module.js';
import { OperationsModule } from './operations/operations.module.js';
import { ProfilesModule } from './profiles/profiles.module.js';
import { ReferenceModule } from './reference/reference.module.js';
import { UsersModule } from './users/users.module.js';

@Module({})
export class AppModule {
  static forRoot(url: string, auth: AuthOptions, replicas?: Partial<ReplicaOptions>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(url), retryAttempts: 2, retryDelay: 500 }),
        TransactionsModule,
        ChangesModule,
        ReplicasModule.forRoot(replicas),
        AuthModule.forRoot(auth),
        AuditModule,
        MethodologyModule,
        ReferenceModule,
        DisclosureModule,
        UsersModule,
        ProfilesModule,
        AnalyticsModule,
        AssessmentsModule,
        OperationsModule,
        RegisterChecksModule,
        InstrumentsModule,
        ActionPlansModule,
        ExportsModule,
        DemoModule,
      ],
      controllers: [InstrumentController, StatusController],
      providers: [StatusRepository, StatusService],
    };
  }
}
