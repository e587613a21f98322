import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { InstrumentExportController } from './instrument-export.controller.js';
import { InstrumentExportService } from './instrument-export.service.js';
import { InstrumentRepository } from './instrument.repository.js';
import { InstrumentRevisionRepository } from './instrument-revision.repository.js';
import { InstrumentsController } from './instruments.controller.js';
import { InstrumentsService } from './instruments.service.js';
import { InstrumentImportController } from './import/instrument-import.controller.js';
import { InstrumentImportService } from './import/instrument-import.service.js';

@Module({
  imports: [ReferenceModule, AnalyticsModule],
  // The import controller first, so that /instruments/import/… is never read as an instrument id.
  controllers: [InstrumentImportController, InstrumentsController, InstrumentExportController],
  providers: [
    InstrumentRepository,
    InstrumentRevisionRepository,
    InstrumentsService,
    InstrumentImportService,
    InstrumentExportService,
  ],
  exports: [InstrumentRepository],
})
export class InstrumentsModule {}
