import {
  OperationListResponseSchema,
  OperationSchema,
  CreateOperationRequestSchema,
  OperationListQuerySchema,
  UpdateOperationRequestSchema,
  type CreateOperationRequest,
  type OperationListQuery,
  type OperationListResponse,
  type OperationResponse,
  type UpdateOperationRequest,
} from '@cpc/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { OperationsService } from './operations.service.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, OPERATION_BY_ID, SIGNED_IN } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

/** Analysts manage operations; national users read those their country takes part in (checked by the service). */
@SignedIn()
@ApiTag('operations')
@Controller('operations')
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @ApiDoc({
    summary: 'Operations, newest end date first (national users: those their country takes part in)',
    response: OperationListResponseSchema,
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(OperationListQuerySchema)) query: OperationListQuery,
  ): Promise<OperationListResponse> {
    return this.operations.list(user, query);
  }

  @ApiDoc({
    summary: 'Create an operation (analysts, admins)',
    success: json(OperationSchema, 'Created'),
    errors: { '400': ERROR, ...SIGNED_IN, '409': problem('The code is taken') },
  })
  @Post()
  @Roles('analyst', 'admin')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body(new ZodValidationPipe(CreateOperationRequestSchema)) body: CreateOperationRequest,
  ): Promise<OperationResponse> {
    return this.operations.create(user, body);
  }

  @ApiDoc({ summary: 'One operation', response: OperationSchema, errors: OPERATION_BY_ID })
  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<OperationResponse> {
    return this.operations.get(user, id);
  }

  @ApiDoc({
    summary: 'Change an operation (analysts, admins); a participant that reported cannot be removed',
    success: json(OperationSchema, 'Changed'),
    errors: { ...OPERATION_BY_ID, '409': problem('Code taken, or participant reported') },
  })
  @Patch(':id')
  @Roles('analyst', 'admin')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateOperationRequestSchema)) body: UpdateOperationRequest,
  ): Promise<OperationResponse> {
    return this.operations.update(user, id, body);
  }

  @ApiDoc({
    summary: 'Delete an operation with its results (analysts, admins)',
    success: { description: 'Deleted' },
    errors: OPERATION_BY_ID,
  })
  @Delete(':id')
  @HttpCode(204)
  @Roles('analyst', 'admin')
  remove(@Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.operations.remove(id);
  }
}
