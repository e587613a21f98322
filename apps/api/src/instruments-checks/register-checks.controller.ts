import {
  AssessmentListQuerySchema,
  CountryParamSchema,
  RegisterChecksBatchResponseSchema,
  RegisterChecksDetailResponseSchema,
  RegisterSummaryQuerySchema,
  RegisterSummaryResponseSchema,
  type AssessmentListQuery,
  type CountryParam,
  type RegisterChecksBatchResponse,
  type RegisterChecksDetailResponse,
  type RegisterSummaryQuery,
  type RegisterSummaryResponse,
} from '@cpc/domain';
import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ParseIdPipe } from '../common/parse-id.pipe.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { problem } from '../openapi/responses.js';
import { ASSESSMENT_BY_ID, ERROR, SIGNED_IN } from '../openapi/route-errors.js';
import { RegisterChecksService } from './register-checks.service.js';

/** The questionnaire read against the cooperation instruments register (issue #16). */
@SignedIn()
@ApiTag('assessments')
@Controller()
export class RegisterChecksController {
  constructor(private readonly service: RegisterChecksService) {}

  @ApiDoc({
    summary:
      'Where the answers contradict the register in force in the assessment’s year: an MoU, MoA or legislation claimed in A.1, A.3.2 or A.4.2 with no such agreement; a committee claimed in A.1 with none; liaison officers claimed in A.14.1 with none deployed; training claimed in A.15.1 or A.16.1 with none held in the year or the two before. Read like the assessment',
    response: RegisterChecksDetailResponseSchema,
    errors: { ...ASSESSMENT_BY_ID, '403': problem('An assessment of another country (national users)') },
  })
  @Get('assessments/:id/register-checks')
  checks(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<RegisterChecksDetailResponse> {
    return this.service.checks(user, id);
  }

  @ApiDoc({
    summary:
      'The register checks of every assessment GET /api/assessments lists with the same filters, in one answer (the review queue). Read like the list: national users see their own country',
    response: RegisterChecksBatchResponseSchema,
    errors: { '400': ERROR, ...SIGNED_IN, '403': problem('Another country (national users)') },
  })
  @Get('review/register-checks')
  batch(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(AssessmentListQuerySchema)) query: AssessmentListQuery,
  ): Promise<RegisterChecksBatchResponse> {
    return this.service.batch(user, query);
  }

  @ApiDoc({
    summary:
      'What the register says for the questionnaire, item by item (A.1, A.3.2, A.4.2, A.14.1, A.15.1, A.16.1): the options it backs in the year and the instruments behind them. Read like the country’s assessments',
    response: RegisterSummaryResponseSchema,
    errors: {
      '400': ERROR,
      ...SIGNED_IN,
      '403': problem('Another country (national users)'),
      '404': problem('Unknown country (the message names iso3)'),
    },
  })
  @Get('countries/:iso3/register-summary')
  summary(
    @CurrentUser() user: AuthenticatedUser,
    @Param(new ZodValidationPipe(CountryParamSchema)) params: CountryParam,
    @Query(new ZodValidationPipe(RegisterSummaryQuerySchema)) query: RegisterSummaryQuery,
  ): Promise<RegisterSummaryResponse> {
    return this.service.summary(user, params.iso3, query.year);
  }
}
