import { Module } from '@nestjs/common';
import { StatusRepository } from '../../health/status.repository.js';

/**
 * What TabularExportInterceptor needs, for the modules whose controllers use @TabularExport: whether demo
 * data is loaded (the synthetic-data notice), read as GET /api/meta reads it.
 */
@Module({
  providers: [StatusRepository],
  exports: [StatusRepository],
})
export class TabularExportModule {}
