import { z } from 'zod';
import { LocalizedSchema, Iso3Schema, yearParam } from './common.js';

export const CountrySchema = z.object({
  iso3: Iso3Schema,
  iso2: z.string().regex(/^[A-Z]{2}$/),
  name: LocalizedSchema,
});
export type CountryResponse = z.infer<typeof CountrySchema>;

export const CountriesResponseSchema = z.object({ countries: z.array(CountrySchema) });
export type CountriesResponse = z.infer<typeof CountriesResponseSchema>;

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const MembershipSchema = z.object({
  iso3: Iso3Schema,
  from: IsoDateSchema.nullable().describe('First day of membership; null: undated (a member in every year)'),
  to: IsoDateSchema.nullable().describe('Last day of membership; null while it lasts'),
});

export const RegionSchema = z.object({
  code: z.string(),
  name: LocalizedSchema,
  members: z
    .array(Iso3Schema)
    .describe('The members at 31 December of the year asked for (the current year by default)'),
  memberships: z.array(MembershipSchema).describe('Every membership period, dated where the grouping dates it'),
});

/** GET /api/groupings[/:id]?year=: the members as of that year's 31 December. */
export const GroupingsQuerySchema = z
  .object({
    year: yearParam('year').optional().describe('The year whose members are listed (default: the current year)'),
  })
  .strict();
export type GroupingsQuery = z.infer<typeof GroupingsQuerySchema>;

export const GroupingSchema = z.object({
  id: z.string(),
  name: LocalizedSchema,
  source: z.string(),
  builtIn: z.boolean().describe('wco and un: read-only reference data'),
  regions: z.array(RegionSchema),
});
export type GroupingResponse = z.infer<typeof GroupingSchema>;

export const GroupingsResponseSchema = z.object({ groupings: z.array(GroupingSchema) });
export type GroupingsResponse = z.infer<typeof GroupingsResponseSchema>;
