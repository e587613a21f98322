import type { ImportError } from '@cpc/domain';
import { UnprocessableEntityException } from '@nestjs/common';
import { plural } from './plural.js';

/** 422 listing every error of an import file; nothing was written. */
export function importRejected(errors: ImportError[]): UnprocessableEntityException {
  const rows = new Set(errors.map((e) => e.row)).size;
  return new UnprocessableEntityException({
    statusCode: 422,
    message: `Nothing was imported: ${plural(errors.length, 'error')} on ${plural(rows, 'row')}`,
    errors,
  });
}
