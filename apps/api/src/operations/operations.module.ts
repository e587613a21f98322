import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { OperationResultRepository } from './operation-result.repository.js';
import { OperationResultsController } from './operation-results.controller.js';
import { OperationResultsService } from './operation-results.service.js';
import { OperationRepository } from './operation.repository.js';
import { OperationsImportController } from './operations-import.controller.js';
import { OperationsImportService } from './operations-import.service.js';
import { OperationsController } from './operations.controller.js';
import { OperationsService } from './operations.service.js';
import { OperationRollupRepository } from './operation-rollup.repository.js';
import { JointUnitRepository } from './joint-units.repository.js';
import { OperationTablesMaintenance } from './operation-tables-maintenance.js';

@Module({
  imports: [ReferenceModule, AnalyticsModule],
  // The import controller first, so that /operations/import/… is never read as an operation id.
  controllers: [OperationsImportController, OperationsController, OperationResultsController],
  providers: [
    OperationRepository,
    OperationResultRepository,
    OperationRollupRepository,
    OperationsService,
    OperationResultsService,
    OperationsImportService,
    OperationTablesMaintenance,
    JointUnitRepository,
  ],
  exports: [OperationRepository, OperationResultRepository, OperationRollupRepository, JointUnitRepository],
})
export class OperationsModule {}
