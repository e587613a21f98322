import { MaturityQuerySchema, type MaturityQuery, type MaturityResponse } from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AnalyticsService } from './analytics.service.js';

@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly service: AnalyticsService) {}

  @Get('maturity')
  maturity(@Query(new ZodValidationPipe(MaturityQuerySchema)) query: MaturityQuery): Promise<MaturityResponse> {
    return this.service.maturityByRegion(query);
  }
}
