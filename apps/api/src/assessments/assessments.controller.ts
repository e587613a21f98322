import {
  SubmissionErrorsSchema,
  HistoryResponseSchema,
  AssessmentListResponseSchema,
  AssessmentSchema,
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
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ASSESSMENT_BY_ID, ERROR, SIGNED_IN, STALE } from '../openapi/route-errors.js';
import { json, problem } from '../openapi/responses.js';

/** Country scoping (own country for coordinators and viewers) is checked by the services, per assessment. */
@SignedIn()
@ApiTag('assessments')
@Controller('assessments')
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly lifecycle: AssessmentLifecycleService,
  ) {}

  @ApiDoc({
    summary: 'Create a draft (the country’s coordinator); the answers may be incomplete',
    success: json(AssessmentSchema, 'Created, at version 1'),
    errors: {
      '400': problem('Bad input or unknown country: the message names the field or item code'),
      ...SIGNED_IN,
      '409': problem('The country already has an assessment for that year'),
    },
  })
  @Post()
  @Roles('coordinator')
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body(new ZodValidationPipe(CreateAssessmentRequestSchema)) body: CreateAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.assessments.create(user, body);
  }

  @ApiDoc({
    summary: 'Assessment summaries (no answers): coordinators and viewers see their own country only',
    response: AssessmentListResponseSchema,
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get()
  list(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(AssessmentListQuerySchema)) query: AssessmentListQuery,
  ): Promise<AssessmentListResponse> {
    return this.assessments.list(user, query);
  }

  @ApiDoc({
    summary: 'One assessment with its answers, stored scores and gaps',
    response: AssessmentSchema,
    errors: ASSESSMENT_BY_ID,
  })
  @Get(':id')
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<AssessmentResponse> {
    return this.assessments.get(user, id);
  }

  @ApiDoc({
    summary:
      'Save a draft or a returned assessment (its coordinator). `answers` and `comments`, when sent, REPLACE the ' +
      'stored sets wholesale (send the whole set, not a delta); `version` must be the one you read',
    success: json(AssessmentSchema, 'Saved, version + 1'),
    errors: { ...ASSESSMENT_BY_ID, '409': STALE },
  })
  @Patch(':id')
  @Roles('coordinator')
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
    @Body(new ZodValidationPipe(UpdateAssessmentRequestSchema)) body: UpdateAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return this.assessments.update(user, id, body);
  }

  @ApiDoc({
    summary: 'Every write: who, when, status change, answers old → new; oldest first',
    response: HistoryResponseSchema,
    errors: ASSESSMENT_BY_ID,
  })
  @Get(':id/history')
  history(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseIdPipe) id: string): Promise<HistoryResponse> {
    return this.assessments.history(user, id);
  }

  @ApiDoc({
    summary: 'Submit (its coordinator): checks completeness, computes and stores the scores',
    success: json(AssessmentSchema, 'Submitted, with scores and gaps'),
    errors: {
      ...ASSESSMENT_BY_ID,
      '409': STALE,
      '422': json(SubmissionErrorsSchema, 'Items missing or invalid; nothing changed'),
    },
  })
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

  @ApiDoc({
    summary: 'Validate a submitted assessment (analysts, admins)',
    success: json(AssessmentSchema, 'Validated'),
    errors: { ...ASSESSMENT_BY_ID, '409': STALE },
  })
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

  @ApiDoc({
    summary: 'Return to the coordinator with a comment (analysts, admins); it leaves the analytics',
    success: json(AssessmentSchema, 'Returned'),
    errors: { ...ASSESSMENT_BY_ID, '409': STALE },
  })
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
