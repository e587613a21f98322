import { z } from 'zod';
import { DIMENSIONS } from '../instrument/types.js';
import { EXPORT_QUERY_PARAMS, withoutExportParams } from '../exports/params.js';
import { METHODOLOGY_QUERY_PARAM, MethodologyVersionSchema } from '../methodology/version.js';
import { yearParam } from './common.js';
import { GroupingParam, ProtectedField, RegionParam, StatusParam } from './analytics.js';
import { memberPageLimit, MemberPageFields, memberPageParams, type MemberPageSize } from './member-pages.js';

/** What the map colours countries by: the overall index, the computed level, or one dimension's score. */
export const MAP_METRICS = ['overall', 'level', ...DIMENSIONS] as const;
export type MapMetric = (typeof MAP_METRICS)[number];

/**
 * Members per page of the map's values, by default and at most. A map row is a few bytes, a fifth of a list
 * row: a page of the default size is about 6 kB compressed, which a server sends to a hundred readers at once
 * in a fraction of what a grouping's whole map of 18,000 members (112 kB) takes. The dashboard asks pages of
 * the default size, region by region.
 */
export const MAP_PAGE: MemberPageSize = { default: 1000, max: 5000 };

export const MapValuesQuerySchema = z
  .object({
    grouping: GroupingParam,
    year: yearParam('year').optional().describe('Defaults to the current year'),
    metric: z
      .enum(MAP_METRICS, { error: `metric must be one of ${MAP_METRICS.join(', ')}` })
      .default('overall')
      .describe('The figure each country gets: overall (default), level, or a dimension'),
    region: RegionParam.describe(
      'Only the members of this region of the grouping (the dashboard asks region by region); every member when left out',
    ),
    status: StatusParam,
    ...METHODOLOGY_QUERY_PARAM,
    ...memberPageParams(MAP_PAGE),
    ...EXPORT_QUERY_PARAMS,
  })
  .strict()
  .transform((q) => ({
    ...withoutExportParams(q),
    year: q.year ?? new Date().getUTCFullYear(),
    limit: memberPageLimit(q, MAP_PAGE),
  }));
export type MapValuesQuery = z.infer<typeof MapValuesQuerySchema>;

export const MapValueSchema = z.object({
  country: z.string().describe('ISO 3166-1 alpha-3'),
  value: z.number().nullable().describe('The metric under the current assessment; null where it has none'),
  year: z.number().int().describe('The year of the assessment that is current'),
  status: z.enum(['submitted', 'validated']),
});
export type MapValue = z.infer<typeof MapValueSchema>;

export const MapValuesResponseSchema = z.object({
  methodologyVersion: MethodologyVersionSchema.describe('The methodology the figures were computed with'),
  grouping: z.string(),
  year: z.number().int(),
  metric: z.enum(MAP_METRICS),
  region: z.string().nullable().describe('The region asked for, or null for every member'),
  protected: ProtectedField,
  items: z
    .array(MapValueSchema)
    .describe(
      'One short row per member of the page with a current assessment, by country code; national users get their own country and those that share their figures',
    ),
  ...MemberPageFields,
});
export type MapValuesResponse = z.infer<typeof MapValuesResponseSchema>;
