import { Module } from '@nestjs/common';
import { RawExportsController } from './raw/raw-exports.controller.js';
import { RawExportsRepository } from './raw/raw-exports.repository.js';
import { RawExportsService } from './raw/raw-exports.service.js';

/** Downloads of the stored data as files: the raw exports in the import layouts. */
@Module({
  controllers: [RawExportsController],
  providers: [RawExportsRepository, RawExportsService],
})
export class ExportsModule {}
