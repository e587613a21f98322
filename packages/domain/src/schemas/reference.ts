import { z } from 'zod';
import { LocalizedSchema, Iso3Schema } from './common.js';

export const CountrySchema = z.object({
  iso3: Iso3Schema,
  iso2: z.string().regex(/^[A-Z]{2}$/),
  name: LocalizedSchema,
});
export type CountryResponse = z.infer<typeof CountrySchema>;

export const CountriesResponseSchema = z.object({ countries: z.array(CountrySchema) });
export type CountriesResponse = z.infer<typeof CountriesResponseSchema>;

export const RegionSchema = z.object({
  code: z.string(),
  name: LocalizedSchema,
  members: z.array(Iso3Schema),
});

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
