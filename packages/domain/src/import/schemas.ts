import { z } from 'zod';

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export const ImportTemplateQuerySchema = z
  .object({
    format: z
      .enum(IMPORT_FORMATS, { error: `format must be ${IMPORT_FORMATS.join(' or ')}` })
      .default('csv')
      .describe('csv (header and an example row) or xlsx (with a sheet explaining every column in EN/FR)'),
  })
  .strict();
export type ImportTemplateQuery = z.infer<typeof ImportTemplateQuerySchema>;
