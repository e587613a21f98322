import { BadRequestException, ParseUUIDPipe } from '@nestjs/common';

/** A path id that must be a UUID: anything else is a 400 naming the parameter, before any query runs. */
export const ParseIdPipe = new ParseUUIDPipe({
  exceptionFactory: () =>
    new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      code: 'invalid_fields',
      message: 'id: must be a UUID',
      errors: [{ field: 'id', message: 'must be a UUID', code: 'invalid_format', params: { format: 'uuid' } }],
    }),
});
