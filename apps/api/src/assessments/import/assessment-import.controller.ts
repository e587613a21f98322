import {
  ImportResultSchema,
  ImportQuerySchema,
  ImportTemplateQuerySchema,
  type ImportQuery,
  type ImportResult,
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
import { CurrentUser, Roles } from '../../auth/auth.decorators.js';
import type { AuthenticatedUser } from '../../auth/principal.js';
import { UPLOAD_MAX_BYTES } from '../../common/upload-limits.js';
import { ZodValidationPipe } from '../../common/zod-validation.pipe.js';
import { AssessmentImportService } from './assessment-import.service.js';
import type { UploadedSpreadsheet } from '../../common/spreadsheet-reader.js';
import { ApiDoc, ApiTag } from '../../openapi/route-doc.js';
import { ERROR, importErrors, SIGNED_IN } from '../../openapi/route-errors.js';
import { file, json, spreadsheetUpload } from '../../openapi/responses.js';

@ApiTag('assessments')
@Controller('assessments/import')
@Roles('analyst', 'admin')
export class AssessmentImportController {
  constructor(private readonly service: AssessmentImportService) {}

  /** multipart/form-data with the field `file` (CSV or XLSX, at most 10 MB); `?dryRun=true` writes nothing. */
  @ApiDoc({
    summary: 'Bulk import (analysts, admins): all rows or nothing; existing country-years are replaced',
    requestBody: spreadsheetUpload(
      'CSV (comma, semicolon or tab; UTF-8 or Windows-1252) or XLSX (first sheet), at most 10 MB. ' +
        'Header: country, year, status (submitted|validated), item codes, comment:<code>; columns ' +
        'starting with score: (a raw export’s scores) are skipped. Multi values separated by ";"; ' +
        'rows whose first cell starts with # are ignored.',
    ),
    success: json(ImportResultSchema, 'Imported (or checked, with dryRun)'),
    errors: importErrors('10 MB or 10,000 rows', 'Every error, by row (header = row 1) and column; nothing written'),
  })
  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_MAX_BYTES, files: 1 } }))
  import(
    @CurrentUser() user: AuthenticatedUser,
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query(new ZodValidationPipe(ImportQuerySchema)) query: ImportQuery,
  ): Promise<ImportResult> {
    return this.service.import(user, file, query);
  }

  @ApiDoc({
    summary: 'An import template: header and an example row; XLSX adds a sheet explaining codes in EN/FR',
    success: file('The file, as an attachment'),
    errors: { '400': ERROR, ...SIGNED_IN },
  })
  @Get('template')
  template(
    @Query(new ZodValidationPipe(ImportTemplateQuerySchema)) query: ImportTemplateQuery,
  ): Promise<StreamableFile> {
    return this.service.template(query.format);
  }
}
