import { Module } from '@nestjs/common';
import { RegisterChecksController } from './register-checks.controller.js';
import { RegisterChecksRepository } from './register-checks.repository.js';
import { RegisterChecksService } from './register-checks.service.js';

/** GET /api/assessments/:id/register-checks and GET /api/countries/:iso3/register-summary. */
@Module({
  controllers: [RegisterChecksController],
  providers: [RegisterChecksService, RegisterChecksRepository],
})
export class RegisterChecksModule {}
