import { Module } from '@nestjs/common';
import { TabularExportModule } from '../exports/tabular/tabular-export.module.js';
import { DisclosureModule } from '../disclosure/disclosure.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { AnalyticsCache } from './analytics-cache.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';
import { SharedCountries } from './shared-countries.js';
import { CurrentAssessmentsRepository } from './current-assessments.repository.js';
import { DataVersionRepository } from './data-version.repository.js';
import { DataVersionTracker } from './data-version-tracker.js';
import { DifficultiesRepository } from './difficulties.repository.js';
import { GapsRepository } from './gaps.repository.js';
import { MaturityRepository } from './maturity.repository.js';
import { OperationsAnalyticsController } from './operations-analytics.controller.js';
import { OperationsAnalyticsRepository } from './operations-analytics.repository.js';
import { OperationsAnalyticsService } from './operations-analytics.service.js';

@Module({
  imports: [ReferenceModule, TabularExportModule, DisclosureModule],
  controllers: [AnalyticsController, OperationsAnalyticsController],
  providers: [
    AnalyticsService,
    SharedCountries,
    MaturityRepository,
    DifficultiesRepository,
    GapsRepository,
    AnalyticsCache,
    DataVersionRepository,
    DataVersionTracker,
    CurrentAssessmentsRepository,
    OperationsAnalyticsService,
    OperationsAnalyticsRepository,
  ],
  exports: [AnalyticsCache, AnalyticsService, SharedCountries],
})
export class AnalyticsModule {}
