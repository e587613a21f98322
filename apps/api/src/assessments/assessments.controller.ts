import {
  AssessmentListQuerySchema,
  CreateAssessmentRequestSchema,
  ReturnAssessmentRequestSchema,
  SubmitAssessmentRequestSchema,
  UpdateAssessmentRequestSchema,
  ValidateAssessmentRequestSchema,
  type AssessmentListQuery,
  type AssessmentListResponse,
  type AssessmentResponse,
  type CreateAssessmentRequest,
  type HistoryResponse,
  type ReturnAssessmentRequest,
  type SubmitAssessmentRequest,
  type UpdateAssessmentRequest,
  type ValidateAssessmentRequest,
} from '@cpc/domain';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CurrentUser, Roles, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AssessmentLifecycleService } from './assessment-lifecycle.service.js';
import { AssessmentsService } from './assessments.service.js';

/** Country scoping (own country for coordinators and viewers) is checked by the services, per assessment. */
@SignedIn()
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly lifecycle: AssessmentLifecycleService,
  ) {}

  @Post()
  @Roles('coordinator')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body(new ZodValidationPipe(CreateAssessmentRequestSchema)) body: CreateAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.assessments.create(user, body);
  }

  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(AssessmentListQuerySchema)) query: AssessmentListQuery,
  ): Promise<AssessmentListResponse> {
    return this.assessments.list(user, query);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<AssessmentResponse> {
    return this.assessments.get(user, id);
  }

  @Patch(':id')
  @Roles('coordinator')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateAssessmentRequestSchema)) body: UpdateAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.assessments.update(user, id, body);
  }

  @Get(':id/history')
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<HistoryResponse> {
    return this.assessments.history(user, id);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Roles('coordinator')
  submit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(SubmitAssessmentRequestSchema)) body: SubmitAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.lifecycle.submit(user, id, body);
  }

  @Post(':id/validate')
  @HttpCode(200)
  @Roles('analyst', 'admin')
  validate(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(ValidateAssessmentRequestSchema)) body: ValidateAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.lifecycle.validate(user, id, body);
  }

  @Post(':id/return')
  @HttpCode(200)
  @Roles('analyst', 'admin')
  return(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(ReturnAssessmentRequestSchema)) body: ReturnAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.lifecycle.return(user, id, body);
  }
}
