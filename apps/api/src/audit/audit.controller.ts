import {
  AuditListResponseSchema,
  AuditListQuerySchema,
  type AuditListQuery,
  type AuditListResponse,
} from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { Roles } from '../auth/auth.decorators.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../openapi/route-errors.js';

@ApiTag('accounts')
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @ApiDoc({
    summary: 'The audit log, newest first (admin): every write, export and sign-in attempt, without bodies',
    response: AuditListResponseSchema,
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get()
  list(@Query(new ZodValidationPipe(AuditListQuerySchema)) query: AuditListQuery): Promise<AuditListResponse> {
    return this.audit.list(query);
  }
}
