import {
  ActionHistoryResponseSchema,
  ActionParamSchema,
  ActionPlanResponseSchema,
  ActionSchema,
  CountryParamSchema,
  CreateActionRequestSchema,
  DeleteActionQuerySchema,
  UpdateActionRequestSchema,
  type Action,
  type ActionHistoryResponse,
  type ActionParam,
  type ActionPlanResponse,
  type CountryParam,
  type CreateActionRequest,
  type DeleteActionQuery,
  type UpdateActionRequest,
} from '@cpc/domain';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { SIGNED_IN, STALE } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';
import { ActionPlansService } from './action-plans.service.js';

const BY_COUNTRY = {
  ...SIGNED_IN,
  '400': problem('Bad input, a malformed iso3 or id: the message and errors[].field name the field'),
  '403': problem('Another country’s plan, or a right the caller lacks (the message says which)'),
  '404': problem('Unknown country, or no such action in the country’s plan'),
};

/**
 * A country's national action plan (docs/action-plans.md). Coordinators edit their own country's, admins
 * every one; analysts read all and write `analystComment`; viewers read their own country's.
 */
@SignedIn()
@ApiTag('action-plans')
@Controller('countries/:iso3/actions')
export class ActionPlansController {
  constructor(private readonly plans: ActionPlansService) {}

  @ApiDoc({
    summary:
      'The plan: its actions (closure for the done ones), and a candidate per gap of the latest counted assessment',
    response: ActionPlanResponseSchema,
    errors: BY_COUNTRY,
  })
  @Get()
  plan(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
  ): Promise<ActionPlanResponse> {
    return this.plans.plan(user, params.iso3);
  }

  @ApiDoc({
    summary: 'Add an action (the country’s coordinator, admins)',
    success: json(ActionSchema, 'Recorded, at version 1'),
    errors: BY_COUNTRY,
  })
  @Post()
  @Roles('coordinator', 'admin')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
    @Body(new ZodValidationPipe(CreateActionRequestSchema)) body: CreateActionRequest,
  ): Promise<Action> {
    return this.plans.create(user, params.iso3, body);
  }

  @ApiDoc({
    summary: 'Change an action: the fields sent, with the `version` read; a new status is dated in statusHistory',
    success: json(ActionSchema, 'Saved, version + 1'),
    errors: { ...BY_COUNTRY, '409': STALE },
  })
  @Patch(':id')
  @Roles('coordinator', 'analyst', 'admin')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(ActionParamSchema)) params: ActionParam,
    @Body(new ZodValidationPipe(UpdateActionRequestSchema)) body: UpdateActionRequest,
  ): Promise<Action> {
    return this.plans.update(user, params.iso3, params.id, body);
  }

  @ApiDoc({
    summary: 'Delete an action, at the `version` read (its history stays)',
    success: { description: 'Deleted' },
    errors: { ...BY_COUNTRY, '409': STALE },
  })
  @Delete(':id')
  @HttpCode(204)
  @Roles('coordinator', 'admin')
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(ActionParamSchema)) params: ActionParam,
    @Query(new ZodValidationPipe(DeleteActionQuerySchema)) query: DeleteActionQuery,
  ): Promise<void> {
    return this.plans.delete(user, params.iso3, params.id, query.version);
  }

  @ApiDoc({
    summary: 'Every write to an action: who, when, the action before and after; oldest first',
    response: ActionHistoryResponseSchema,
    errors: BY_COUNTRY,
  })
  @Get(':id/history')
  history(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(ActionParamSchema)) params: ActionParam,
  ): Promise<ActionHistoryResponse> {
    return this.plans.history(user, params.iso3, params.id);
  }
}
