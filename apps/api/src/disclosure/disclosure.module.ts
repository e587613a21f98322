import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { DisclosureController } from './disclosure.controller.js';
import { DisclosureRepository } from './disclosure.repository.js';
import { DisclosureService } from './disclosure.service.js';

@Module({
  imports: [ReferenceModule],
  controllers: [DisclosureController],
  providers: [DisclosureService, DisclosureRepository],
  exports: [DisclosureRepository],
})
export class DisclosureModule {}
