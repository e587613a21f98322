import { Module } from '@nestjs/common';
import { AnalyticsModule } from '../analytics/analytics.module.js';
import { TabularExportModule } from '../exports/tabular/tabular-export.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ProfileController } from './profile.controller.js';
import { ProfileRepository } from './profile.repository.js';
import { ProfileService } from './profile.service.js';

@Module({
  imports: [ReferenceModule, AnalyticsModule, TabularExportModule],
  controllers: [ProfileController],
  providers: [ProfileService, ProfileRepository],
})
export class ProfilesModule {}
