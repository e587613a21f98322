import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { ProfileController } from './profile.controller.js';
import { ProfileRepository } from './profile.repository.js';
import { ProfileService } from './profile.service.js';

@Module({
  imports: [ReferenceModule],
  controllers: [ProfileController],
  providers: [ProfileService, ProfileRepository],
})
export class ProfilesModule {}
