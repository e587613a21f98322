import {
  OperationResultListResponseSchema,
  OperationResultSchema,
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
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { OPERATION_BY_ID } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

/** Results are read within the caller's country scope; written by analysts or the country's coordinator. */
@SignedIn()
@ApiTag('operations')
@Controller('operations/:id/results')
export class OperationResultsController {
  constructor(private readonly results: OperationResultsService) {}

  @ApiDoc({
    summary:
      'An operation’s results (national users: their own country’s, and those of participants that share their figures with members)',
    response: OperationResultListResponseSchema,
    errors: OPERATION_BY_ID,
  })
  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<OperationResultListResponse> {
    return this.results.list(user, id);
  }

  @ApiDoc({
    summary: 'Report a participant’s result (analysts, admins, or the country’s coordinator)',
    success: json(OperationResultSchema, 'Reported'),
    errors: { ...OPERATION_BY_ID, '409': problem('The country has already reported: edit its result') },
  })
  @Post()
  @Roles('analyst', 'admin', 'coordinator')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(CreateResultRequestSchema)) body: CreateResultRequest,
  ): Promise<OperationResult> {
    return this.results.create(user, id, body);
  }

  @ApiDoc({ summary: 'One result', response: OperationResultSchema, errors: OPERATION_BY_ID })
  @Get(':resultId')
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Param('resultId', ParseIdPipe) resultId: string,
  ): Promise<OperationResult> {
    return this.results.get(user, id, resultId);
  }

  @ApiDoc({
    summary: 'Change a result; given lists (databaseChecks, seizures) replace the stored ones',
    success: json(OperationResultSchema, 'Changed'),
    errors: OPERATION_BY_ID,
  })
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

  @ApiDoc({ summary: 'Delete a result', success: { description: 'Deleted' }, errors: OPERATION_BY_ID })
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
