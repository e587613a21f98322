import { HealthResponseSchema, MetaResponseSchema, type HealthResponse, type MetaResponse } from '@cpc/domain';
import { Controller, Get } from '@nestjs/common';
import { Public, SignedIn } from '../auth/auth.decorators.js';
import { StatusService } from './status.service.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { SIGNED_IN } from '../openapi/route-errors.js';

@ApiTag('reference')
@Controller()
export class StatusController {
  constructor(private readonly service: StatusService) {}

  @Public()
  @ApiDoc({
    summary: 'Liveness and database status (503 while the database is down); public',
    response: HealthResponseSchema,
  })
  @Get('health')
  health(): Promise<HealthResponse> {
    return this.service.health();
  }

  @SignedIn()
  @ApiDoc({
    summary: 'Methodology version, demo-data flag, the newest counted year and the span of years with data',
    response: MetaResponseSchema,
    errors: SIGNED_IN,
  })
  @Get('meta')
  meta(): Promise<MetaResponse> {
    return this.service.meta();
  }
}
