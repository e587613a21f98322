import {
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

@Controller('operations/import')
@Roles('analyst', 'admin')
export class OperationsImportController {
  constructor(private readonly service: OperationsImportService) {}

  /** multipart/form-data with the field `file` (CSV or XLSX, at most 64 MB and 250,000 rows); `?dryRun=true` writes nothing. */
  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: OPERATIONS_UPLOAD_MAX_BYTES, files: 1 } }))
  import(
    @UploadedFile() file: UploadedSpreadsheet | undefined,
    @Query(new ZodValidationPipe(ImportQuerySchema)) query: ImportQuery,
  ): Promise<OperationImportResult> {
    return this.service.import(file, query);
  }

  @Get('template')
  template(
    @Query(new ZodValidationPipe(ImportTemplateQuerySchema)) query: ImportTemplateQuery,
  ): Promise<StreamableFile> {
    return this.service.template(query.format);
  }
}
