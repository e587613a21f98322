import { Module } from '@nestjs/common';
import { TabularExportModule } from '../exports/tabular/tabular-export.module.js';
import { DisclosureModule } from '../disclosure/disclosure.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { AnalyticsCache } from './analytics-cache.js';
import { AnalyticsService } from './analytics.service.js';
import { MaturityCellsInstaller } from './maturity-cells.installer.js';
import { MaturityCellsRepository } from './maturity-cells.repository.js';
import { MemberTotals } from './member-totals.js';
import { SharedCountries } from './shared-countries.js';
import { DataVersionRepository } from './data-version.repository.js';
import { DataVersionTracker } from './data-version-tracker.js';
import { VIEW_CONTROLLERS, VIEW_REPOSITORIES, VIEW_USE_CASES } from './view-bindings.js';

/** The analytics views (one controller and one use case each, see view-bindings.ts) and their cache. */
@Module({
  imports: [ReferenceModule, TabularExportModule, DisclosureModule],
  controllers: VIEW_CONTROLLERS,
  providers: [
    ...VIEW_USE_CASES,
    ...VIEW_REPOSITORIES,
    AnalyticsService,
    SharedCountries,
    MemberTotals,
    AnalyticsCache,
    DataVersionRepository,
    DataVersionTracker,
    MaturityCellsRepository,
    MaturityCellsInstaller,
  ],
  exports: [AnalyticsCache, AnalyticsService, SharedCountries, MaturityCellsInstaller],
})
export class AnalyticsModule {}
