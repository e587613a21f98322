import {
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

/** Analysts manage operations; national users read those their country takes part in (checked by the service). */
@SignedIn()
@Controller('operations')
export class OperationsController {
  constructor(private readonly operations: OperationsService) {}

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(OperationListQuerySchema)) query: OperationListQuery,
  ): Promise<OperationListResponse> {
    return this.operations.list(user, query);
  }

  @Post()
  @Roles('analyst', 'admin')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body(new ZodValidationPipe(CreateOperationRequestSchema)) body: CreateOperationRequest,
  ): Promise<OperationResponse> {
    return this.operations.create(user, body);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<OperationResponse> {
    return this.operations.get(user, id);
  }

  @Patch(':id')
  @Roles('analyst', 'admin')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateOperationRequestSchema)) body: UpdateOperationRequest,
  ): Promise<OperationResponse> {
    return this.operations.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('analyst', 'admin')
  remove(@Param('id', ParseIdPipe) id: string): Promise<void> {
    return this.operations.remove(id);
  }
}
