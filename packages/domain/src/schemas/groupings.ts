import { z } from 'zod';
import { Iso3Schema, localizedOf } from './common.js';
import { dateSchema } from './operations.js';

/** The longest name a grouping or region may have. */
export const GROUPING_NAME_MAX_LENGTH = 120;
/** What a region code may be: 1–24 letters, digits, _ or -. */
export const REGION_CODE_PATTERN = /^[A-Za-z0-9_-]{1,24}$/;

/** A name given once (used in every language) or by locale, en and fr at least. */
const NameInput = z
  .union(
    [
      z.string().trim().min(1).max(GROUPING_NAME_MAX_LENGTH),
      localizedOf(z.string().trim().min(1).max(GROUPING_NAME_MAX_LENGTH)),
    ],
    {
      error: 'name must be a text or {en, fr}',
    },
  )
  .transform((n) => (typeof n === 'string' ? { en: n, fr: n } : n));

const RegionInput = z
  .object({
    code: z
      .string()
      .regex(REGION_CODE_PATTERN, { error: 'region code must be 1–24 letters, digits, _ or -' })
      .refine((c) => c.toUpperCase() !== 'ALL', { error: 'ALL is reserved for the whole grouping' }),
    name: NameInput,
    members: z.array(Iso3Schema).min(1, { error: 'a region needs at least one member' }).max(300),
  })
  .strict();

const RegionsInput = z
  .array(RegionInput)
  .min(1, { error: 'a grouping needs at least one region' })
  .max(50)
  .superRefine((regions, ctx) => {
    const codes = new Set<string>();
    const seen = new Map<string, string>();
    regions.forEach((region, i) => {
      if (codes.has(region.code))
        ctx.addIssue({ code: 'custom', message: `region code ${region.code} is used twice`, path: [i, 'code'] });
      codes.add(region.code);
      for (const iso3 of region.members) {
        const other = seen.get(iso3);
        if (other !== undefined) {
          ctx.addIssue({
            code: 'custom',
            message: `${iso3} is in both ${other} and ${region.code}`,
            path: [i, 'members'],
          });
        }
        seen.set(iso3, region.code);
      }
    });
  });

export const CreateGroupingRequestSchema = z.object({ name: NameInput, regions: RegionsInput }).strict();
export type CreateGroupingRequest = z.infer<typeof CreateGroupingRequestSchema>;

export const UpdateGroupingRequestSchema = z
  .object({ name: NameInput.optional(), regions: RegionsInput.optional() })
  .strict();
export type UpdateGroupingRequest = z.infer<typeof UpdateGroupingRequestSchema>;

/**
 * POST /api/groupings/:id/membership-changes (admins): from `effective`, the country belongs to `region`
 * (null: to none). Its open membership, if any, ends the day before: an accession, a move or a departure.
 */
export const MembershipChangeRequestSchema = z
  .object({
    iso3: Iso3Schema,
    region: z
      .string({ error: 'region is required: a region code of the grouping, or null for none' })
      .regex(REGION_CODE_PATTERN, { error: 'region must be a region code of the grouping, or null' })
      .nullable(),
    effective: dateSchema('effective'),
  })
  .strict();
export type MembershipChangeRequest = z.infer<typeof MembershipChangeRequestSchema>;
