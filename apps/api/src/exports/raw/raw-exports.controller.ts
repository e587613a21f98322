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
import { ApiDoc, ApiTag } from '../../openapi/route-doc.js';
import { ERROR, SIGNED_IN } from '../../openapi/route-errors.js';
import { file, problem } from '../../openapi/responses.js';

/** A file streamed as an attachment, CSV or XLSX. */
const FILE = file(
  'The file, as an attachment (`<what>_<YYYY-MM-DD>.csv|xlsx`), streamed from the database as it is read. ' +
    'Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) are prefixed ' +
    'with an apostrophe.',
);
const FILE_ERRORS = {
  '400': ERROR,
  ...SIGNED_IN,
  '503': problem('Three raw exports are already streaming on this instance; try again after Retry-After seconds'),
};

/** Every answer and every reported result, in the import layouts or as tables to sum, streamed (analysts and admins). */
@ApiTag('exports')
@Controller('exports')
@Roles('analyst', 'admin')
export class RawExportsController {
  constructor(private readonly service: RawExportsService) {}

  @ApiDoc({
    summary: 'Every answer of every assessment, in the assessments import layout (analysts, admins)',
    description:
      'country, year, status, one column per item code (multi options joined by ";"), comment:<code>, then ' +
      'the stored scores in score:… columns, which the import skips. One row per assessment, by country and ' +
      'year. By default only submitted and validated assessments: the file imports again as it is. ' +
      'status=all adds drafts and returned ones, with empty scores; the import refuses those statuses, so ' +
      'such a file does not re-import as it is.',
    success: FILE,
    errors: FILE_ERRORS,
  })
  @Get('assessments')
  assessments(
    @Query(new ZodValidationPipe(RawAssessmentsExportQuerySchema)) query: RawAssessmentsExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.service.assessments(query, res);
  }

  @ApiDoc({
    summary: 'Every reported result: results and seizures apart, or the operations import layout (analysts, admins)',
    description:
      'part=results (the CSV default): one row per result, by operation code and country, with its arrests, ' +
      'checks and unit_site once. part=seizures: one row per seizure line (operation_code, country, commodity, ' +
      'cases, quantity, unit), by operation code, country, commodity and unit. Without part an XLSX holds both, ' +
      'in the sheets results and seizures, from one snapshot: a sum over either table is a true total. ' +
      'part=import: the operations import layout (one row per operation × country × commodity and unit, a ' +
      'result without seizures one row with empty seizure cells), which imported into the same database ' +
      'changes nothing; it has no place for operation descriptions, participants without a result or ' +
      'operations without any result. Quantities with a dot and at most 3 decimals.',
    success: FILE,
    errors: FILE_ERRORS,
  })
  @Get('operation-results')
  operationResults(
    @Query(new ZodValidationPipe(RawOperationResultsExportQuerySchema)) query: RawOperationResultsExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    return this.service.operationResults(query, res);
  }
}
