import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { AnalyticsCache } from './analytics-cache.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';
import { CurrentAssessmentsRepository } from './current-assessments.repository.js';
import { DataVersionRepository } from './data-version.repository.js';
import { DifficultiesRepository } from './difficulties.repository.js';
import { GapsRepository } from './gaps.repository.js';
import { MaturityRepository } from './maturity.repository.js';

@Module({
  imports: [ReferenceModule],
  controllers: [AnalyticsController],
  providers: [
    AnalyticsService,
    MaturityRepository,
    DifficultiesRepository,
    GapsRepository,
    AnalyticsCache,
    DataVersionRepository,
    CurrentAssessmentsRepository,
  ],
  exports: [AnalyticsCache],
})
export class AnalyticsModule {}
