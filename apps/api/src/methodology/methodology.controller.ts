import {
  AdoptMethodologyRequestSchema,
  MethodologyResponseSchema,
  type AdoptMethodologyRequest,
  type MethodologyResponse,
} from '@cpc/domain';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../openapi/route-errors.js';
import { json } from '../openapi/responses.js';
import { MethodologyService } from './methodology.service.js';

@SignedIn()
@ApiTag('methodology')
@Controller('methodology')
export class MethodologyController {
  constructor(private readonly methodology: MethodologyService) {}

  @ApiDoc({
    summary: 'The methodology versions, and the default one: who adopted it, when and why',
    response: MethodologyResponseSchema,
    errors: SIGNED_IN,
  })
  @Get()
  describe(): Promise<MethodologyResponse> {
    return this.methodology.describe();
  }

  @ApiDoc({
    summary:
      'Adopt a methodology version as the default (admin, audited): figures asked for without `methodology` use it from now on',
    success: json(MethodologyResponseSchema, 'Adopted: the versions and the new default'),
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Put('default')
  @Roles('admin')
  adopt(
    @CurrentUser() user: AuthenticatedUser,
    @Body(new ZodValidationPipe(AdoptMethodologyRequestSchema)) body: AdoptMethodologyRequest,
  ): Promise<MethodologyResponse> {
    return this.methodology.adopt(user, body);
  }
}
