import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types.js';
import { EXPORT_QUERY_PARAMS, withoutExportParams } from '../exports/params.js';
import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { AssessmentStatusSchema, GapSchema } from './assessments.js';
import { GroupingParam, ProtectedField, StatusParam } from './analytics.js';
import { LocalizedSchema } from './common.js';
import { CountrySchema } from './reference.js';

/** How many administrations one comparison shows side by side. */
export const COMPARED_COUNTRIES = { min: 2, max: 6 } as const;
/** The gaps each compared country lists: the items farthest from the top level. */
export const COMPARED_GAPS = 5;

const ISO3 = /^[A-Z]{3}$/;

/** `FRA,DEU,ESP`: distinct ISO 3166-1 alpha-3 codes, 2 to 6 of them; case and spaces ignored. */
export const ComparedCountriesParam = z
  .string({ error: 'countries is required: 2 to 6 ISO3 codes separated by commas, e.g. FRA,DEU' })
  .transform((raw) =>
    raw
      .split(',')
      .map((code) => code.trim().toUpperCase())
      .filter((code) => code !== ''),
  )
  .superRefine((codes, ctx) => {
    const issue = (message: string) => {
      ctx.addIssue({ code: 'custom', message });
    };
    const malformed = codes.filter((code) => !ISO3.test(code));
    if (malformed.length > 0) issue(`countries: not ISO3 codes: ${malformed.join(', ')}`);
    const duplicates = codes.filter((code, i) => codes.indexOf(code) !== i);
    if (duplicates.length > 0) issue(`countries: named twice: ${[...new Set(duplicates)].join(', ')}`);
    const { min, max } = COMPARED_COUNTRIES;
    if (codes.length < min || codes.length > max)
      issue(`countries: name ${String(min)} to ${String(max)} countries (got ${String(codes.length)})`);
  })
  // One canonical text (`FRA,DEU`): the cache key, the file's name and its metadata's filter.
  .transform((codes) => codes.join(','))
  .describe('2 to 6 distinct ISO 3166-1 alpha-3 codes separated by commas, e.g. FRA,DEU,ESP');

export const CountryComparisonQuerySchema = z
  .object({
    countries: ComparedCountriesParam,
    grouping: GroupingParam.describe(
      'The grouping whose regions the countries are compared with (national users: wco only)',
    ),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform(withoutExportParams);
export type CountryComparisonQuery = z.infer<typeof CountryComparisonQuerySchema>;

/** The codes of a validated comparison query, in the order asked. */
export function comparedCountries(query: Pick<CountryComparisonQuery, 'countries'>): string[] {
  return query.countries.split(',');
}

const RegionMeanFields = {
  regionMean: z.number().nullable().describe('The region’s mean in the country’s latest year; null when withheld'),
  suppressed: z
    .boolean()
    .describe('True when the region’s figure is withheld (fewer than 3 assessments, national users)'),
};

export const ComparedCountrySchema = z.object({
  country: CountrySchema,
  region: z
    .object({ code: z.string(), name: LocalizedSchema })
    .nullable()
    .describe('The country’s region in the grouping; null when it belongs to none'),
  latestYear: z.number().int().nullable().describe('The year of the newest counted assessment'),
  overall: z.number().nullable().describe('Overall index (0–100) of the newest counted assessment'),
  level: z.number().int().nullable(),
  ...RegionMeanFields,
  regionAssessed: z
    .number()
    .int()
    .nullable()
    .describe('Assessments behind the region’s mean; perturbed for national users'),
  trajectory: z
    .array(
      z.object({
        year: z.number().int(),
        status: AssessmentStatusSchema,
        overall: z.number().nullable(),
        level: z.number().int().nullable(),
      }),
    )
    .describe('The counted assessments, oldest first'),
  dimensions: z.array(z.object({ dimension: z.enum(DIMENSIONS), score: z.number().nullable(), ...RegionMeanFields })),
  gaps: z
    .array(GapSchema)
    .describe(
      `The newest assessment’s items farthest from the top level, lowest points first (at most ${String(COMPARED_GAPS)})`,
    ),
  gapCount: z.number().int().describe('How many items of the newest assessment are gaps'),
});
export type ComparedCountry = z.infer<typeof ComparedCountrySchema>;

const DimensionFiguresSchema = z.record(z.enum(DIMENSIONS), z.number().nullable());

/** One row of the file: a country, its newest figures and its region's means, dimension by dimension. */
export const ComparisonRowSchema = z.object({
  country: z.string().describe('ISO3 code'),
  region: z.string().nullable().describe('Region code in the grouping'),
  year: z.number().int().nullable().describe('The year of the newest counted assessment'),
  overall: z.number().nullable(),
  level: z.number().int().nullable(),
  regionMean: z.number().nullable().describe('The region’s mean overall index that year; null when withheld'),
  dimensions: DimensionFiguresSchema,
  regionDimensions: DimensionFiguresSchema.describe('The region’s mean score per dimension that year'),
  gapCount: z.number().int(),
});
export type ComparisonRow = z.infer<typeof ComparisonRowSchema>;

export const CountryComparisonResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  status: z.enum(['counted', 'validated']),
  protected: ProtectedField,
  countries: z.array(ComparedCountrySchema).describe('In the order asked'),
  rows: z.array(ComparisonRowSchema).describe('The table of the comparison, one row per country, in the order asked'),
});
export type CountryComparisonResponse = z.infer<typeof CountryComparisonResponseSchema>;
