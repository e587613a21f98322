import {
  RawAssessmentsExportQuerySchema,
  RawOperationResultsExportQuerySchema,
  type RawAssessmentsExportQuery,
  type RawOperationResultsExportQuery,
} from '@cpc/domain';
import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Roles } from '../../auth/auth.decorators.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { RawExportsService } from './raw-exports.service.js';

/** Every answer and every reported result, in the import layouts, streamed (analysts and admins). */
@Controller('exports')
@Roles('analyst', 'admin')
export class RawExportsController {
  constructor(private readonly service: RawExportsService) {}

  @Get('assessments')
  assessments(
    @Query(new ZodValidationPipe(RawAssessmentsExportQuerySchema)) query: RawAssessmentsExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.service.assessments(query, res);
  }

  @Get('operation-results')
  operationResults(
    @Query(new ZodValidationPipe(RawOperationResultsExportQuerySchema)) query: RawOperationResultsExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.service.operationResults(query, res);
  }
}
