import { AuditListQuerySchema, type AuditListQuery, type AuditListResponse } from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';

@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  list(@Query(new ZodValidationPipe(AuditListQuerySchema)) query: AuditListQuery): Promise<AuditListResponse> {
    return this.audit.list(query);
  }
}
