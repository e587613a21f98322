import {
  CreateResultRequestSchema,
  UpdateResultRequestSchema,
  type CreateResultRequest,
  type OperationResult,
  type OperationResultListResponse,
  type UpdateResultRequest,
} from '@cpc/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { OperationResultsService } from './operation-results.service.js';

/** Results are read within the caller's country scope; written by analysts or the country's coordinator. */
@SignedIn()
@Controller('operations/:id/results')
export class OperationResultsController {
  constructor(private readonly results: OperationResultsService) {}

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<OperationResultListResponse> {
    return this.results.list(user, id);
  }

  @Post()
  @Roles('analyst', 'admin', 'coordinator')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(CreateResultRequestSchema)) body: CreateResultRequest,
  ): Promise<OperationResult> {
    return this.results.create(user, id, body);
  }

  @Get(':resultId')
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('resultId', ParseIdPipe) resultId: string,
  ): Promise<OperationResult> {
    return this.results.get(user, id, resultId);
  }

  @Patch(':resultId')
  @Roles('analyst', 'admin', 'coordinator')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('resultId', ParseIdPipe) resultId: string,
    @Body(new ZodValidationPipe(UpdateResultRequestSchema)) body: UpdateResultRequest,
  ): Promise<OperationResult> {
    return this.results.update(user, id, resultId, body);
  }

  @Delete(':resultId')
  @HttpCode(204)
  @Roles('analyst', 'admin', 'coordinator')
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('resultId', ParseIdPipe) resultId: string,
  ): Promise<void> {
    return this.results.remove(user, id, resultId);
  }
}
