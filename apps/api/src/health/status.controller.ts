import type { HealthResponse, MetaResponse } from '@cpc/domain';
import { Controller, Get } from '@nestjs/common';
import { Public, SignedIn } from '../auth/auth.decorators.js';
import { StatusService } from './status.service.js';

@Controller()
export class StatusController {
  constructor(private readonly service: StatusService) {}

  @Public()
  @Get('health')
  health(): Promise<HealthResponse> {
    return this.service.health();
  }

  @SignedIn()
  @Get('meta')
  meta(): Promise<MetaResponse> {
    return this.service.meta();
  }
}
