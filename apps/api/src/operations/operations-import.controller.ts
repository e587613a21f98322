import {
  OperationImportResultSchema,
  ImportQuerySchema,
  ImportTemplateQuerySchema,
  type ImportQuery,
  type OperationImportResult,
  type ImportTemplateQuery,
} from '@cpc/domain';
import {
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  type StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { Roles } from '../auth/auth.decorators.js';
import { OPERATIONS_UPLOAD_MAX_BYTES } from '../common/upload-limits.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { OperationsImportService } from './operations-import.service.js';
import type { UploadedSpreadsheet } from '../common/spreadsheet-reader.js';
import { ApiDoc, ApiTag } from '../openapi/route-doc.js';
import { ERROR, importErrors, SIGNED_IN } from '../openapi/route-errors.js';
import { file, json, spreadsheetUpload } from '../openapi/responses.js';

@ApiTag('operations')
@Controller('operations/import')
@Roles('analyst', 'admin')
export class OperationsImportController {
  constructor(private readonly service: OperationsImportService) {}

  /** multipart/form-data with the field `file` (CSV or XLSX, at most 64 MB and 250,000 rows); `?dryRun=true` writes nothing. */
  @ApiDoc({
    summary:
      'Bulk import of operations and results (analysts, admins): all rows or nothing, idempotent (keys: operation code, country)',
    requestBody: spreadsheetUpload(
      'CSV or XLSX (first sheet), at most 64 MB and 250,000 rows; one row per operation × country × commodity. ' +
        'Columns: operation_code, operation_name, programme, lead, activities (;-separated), start_date, end_date, ' +
        'country, unit_type, unit_name, arrests, investigations_opened, controlled_deliveries, persons_checked, ' +
        '{sltd,smv,nominal,notices}_{queries,hits}, commodity, cases, quantity, unit.',
    ),
    success: json(OperationImportResultSchema, 'Imported (or checked, with dryRun)'),
    errors: importErrors('64 MB or 250,000 rows', 'Every error, by row and column; nothing written'),
  })
  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: OPERATIONS_UPLOAD_MAX_BYTES, files: 1 } }))
  import(
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query(new ZodValidationPipe(ImportQuerySchema)) query: ImportQuery,
  ): Promise<OperationImportResult> {
    return this.service.import(file, query);
  }

  @ApiDoc({
    summary: 'An operations import template: header and example rows; XLSX adds a sheet of codes',
    success: file('The template file, as an attachment: CSV (default) or XLSX (format=xlsx)'),
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get('template')
  template(
    @Query(new ZodValidationPipe(ImportTemplateQuerySchema)) query: ImportTemplateQuery,
  ): Promise<StreamableFile> {
    return this.service.template(query.format);
  }
}
