import { Module } from '@nestjs/common';
import { StatusRepository } from '../../health/status.repository.js';
import { ReferenceModule } from '../../reference/reference.module.js';
import { ExportNamesReader } from './export-names.reader.js';
import { TabularFileBuilder } from './tabular-file.builder.js';

/**
 * What TabularExportInterceptor needs, for the modules whose controllers use @TabularExport: whether demo
 * data is loaded (the synthetic-data notice), read as GET /api/meta reads it, and the names of regions and
 * countries that report-ready files write beside their codes.
 */
@Module({
  imports: [ReferenceModule],
  providers: [StatusRepository, ExportNamesReader, TabularFileBuilder],
  exports: [StatusRepository, TabularFileBuilder],
})
export class TabularExportModule {}
