import {
  MaturityVsOutcomesQuerySchema,
  OperationsAnalyticsQuerySchema,
  TABULAR_EXPORTS,
  type MaturityVsOutcomesQuery,
  type MaturityVsOutcomesResponse,
  type OperationsAnalyticsQuery,
  type OperationsAnalyticsResponse,
  type ParticipationResponse,
} from '@cpc/domain';
import { Controller, Get, Query } from '@nestjs/common';
import { CurrentUser, SignedIn } from '../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../auth/principal.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { TabularExport } from '../exports/tabular/tabular-export.decorator.js';
import { OperationsAnalyticsService } from './operations-analytics.service.js';

@SignedIn()
@Controller('analytics')
export class OperationsAnalyticsController {
  constructor(private readonly service: OperationsAnalyticsService) {}

  @Get('operations')
  @TabularExport(TABULAR_EXPORTS.operations)
  operations(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(OperationsAnalyticsQuerySchema)) query: OperationsAnalyticsQuery,
  ): Promise<OperationsAnalyticsResponse> {
    return this.service.operationsByRegion(user, query);
  }

  @Get('operations/participation')
  @TabularExport(TABULAR_EXPORTS.participation)
  participation(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(OperationsAnalyticsQuerySchema)) query: OperationsAnalyticsQuery,
  ): Promise<ParticipationResponse> {
    return this.service.participationByCountry(user, query);
  }

  @Get('maturity-vs-outcomes')
  @TabularExport(TABULAR_EXPORTS.maturityVsOutcomes)
  maturityVsOutcomes(
    @CurrentUser() user: AuthenticatedUser,
    @Query(new ZodValidationPipe(MaturityVsOutcomesQuerySchema)) query: MaturityVsOutcomesQuery,
  ): Promise<MaturityVsOutcomesResponse> {
    return this.service.maturityVsOutcomes(user, query);
  }
}
