import {
  LevelsQuerySchema,
  MaturityQuerySchema,
  TABULAR_EXPORTS,
  YearQuerySchema,
  type CurrentAssessmentsResponse,
  type DifficultiesResponse,
  type GapsResponse,
  type LevelsQuery,
  type LevelsResponse,
  type MaturityQuery,
  type MaturityResponse,
  type YearQuery,
} from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { TabularExport } from '../exports/tabular/tabular-export.decorator.js';
import { AnalyticsService } from './analytics.service.js';

@SignedIn()
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly service: AnalyticsService) {}

  @Get('maturity')
  @TabularExport(TABULAR_EXPORTS.maturity)
  maturity(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(MaturityQuerySchema)) query: MaturityQuery,
  ): Promise<MaturityResponse> {
    return this.service.maturityByRegion(user, query);
  }

  @Get('levels')
  @TabularExport(TABULAR_EXPORTS.levels)
  levels(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(LevelsQuerySchema)) query: LevelsQuery,
  ): Promise<LevelsResponse> {
    return this.service.levelsByRegion(user, query);
  }

  @Get('difficulties')
  @TabularExport(TABULAR_EXPORTS.difficulties)
  difficulties(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(YearQuerySchema)) query: YearQuery,
  ): Promise<DifficultiesResponse> {
    return this.service.difficultiesByRegion(user, query);
  }

  @Get('gaps')
  @TabularExport(TABULAR_EXPORTS.gaps)
  gaps(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(YearQuerySchema)) query: YearQuery,
  ): Promise<GapsResponse> {
    return this.service.gapsByRegion(user, query);
  }

  @Get('countries')
  @TabularExport(TABULAR_EXPORTS.countries)
  countries(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(YearQuerySchema)) query: YearQuery,
  ): Promise<CurrentAssessmentsResponse> {
    return this.service.currentAssessmentsByCountry(user, query);
  }
}
