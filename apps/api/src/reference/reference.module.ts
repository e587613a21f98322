import { Module } from '@nestjs/common';
import { GroupingsService } from './groupings.service.js';
import { MembershipChangesRepository } from './membership-changes.repository.js';
import { MembershipChangesService } from './membership-changes.service.js';
import { ReferenceDataLoader } from './reference-data.loader.js';
import { ReferenceController } from './reference.controller.js';
import { ReferenceRepository } from './reference.repository.js';
import { ReferenceService } from './reference.service.js';

@Module({
  controllers: [ReferenceController],
  providers: [
    ReferenceRepository,
    ReferenceService,
    ReferenceDataLoader,
    GroupingsService,
    MembershipChangesRepository,
    MembershipChangesService,
  ],
  exports: [ReferenceService, ReferenceDataLoader, ReferenceRepository],
})
export class ReferenceModule {}
