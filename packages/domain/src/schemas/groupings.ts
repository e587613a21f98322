import { z } from 'zod';
import { Iso3Schema, localizedOf } from './common.js';
import { dateSchema } from './operations.js';
import { codedParams } from '../errors/issues.js';
import { endNotBeforeStart } from '../errors/refinements.js';

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

/** A dated membership of a custom grouping's region, as the WCO regions have them: from a date, to a date or null. */
const MembershipInput = z
  .object({
    iso3: Iso3Schema,
    from: dateSchema('from').nullable().default(null).describe('null: from the grouping’s start'),
    to: dateSchema('to').nullable().default(null).describe('The last day; null: while it lasts'),
  })
  .strict()
  .superRefine(endNotBeforeStart({ start: 'from', end: 'to', message: 'to must not be before from' }));

const RegionInput = z
  .object({
    code: z
      .string()
      .regex(REGION_CODE_PATTERN, { error: 'region code must be 1–24 letters, digits, _ or -' })
      .refine((c) => c.toUpperCase() !== 'ALL', {
        error: 'ALL is reserved for the whole grouping',
        params: codedParams('reserved_code', { value: 'ALL' }),
      }),
    name: NameInput,
    members: z.array(Iso3Schema).max(300).default([]).describe('Members in every year'),
    memberships: z
      .array(MembershipInput)
      .max(600)
      .default([])
      .describe('Dated members: from `from` to `to` (inclusive), as the WCO regions date accessions and moves'),
  })
  .strict()
  .refine((r) => r.members.length + r.memberships.length > 0, {
    error: 'a region needs at least one member',
    path: ['members'],
    params: codedParams('too_small', { minimum: 1, origin: 'array' }),
  });

type Period = { region: string; from: string; to: string };
const periodOf = (region: string, m: { from: string | null; to: string | null }): Period => ({
  region,
  from: m.from ?? '0000-01-01',
  to: m.to ?? '9999-12-31',
});
const overlap = (a: Period, b: Period) => a.from <= b.to && b.from <= a.to;

const RegionsInput = z
  .array(RegionInput)
  .min(1, { error: 'a grouping needs at least one region' })
  .max(50)
  .superRefine((regions, ctx) => {
    const codes = new Set<string>();
    // A country is in one region at a time: its periods, undated members spanning every day, must not overlap.
    const seen = new Map<string, Period[]>();
    regions.forEach((region, i) => {
      if (codes.has(region.code))
        ctx.addIssue({
          code: 'custom',
          message: `region code ${region.code} is used twice`,
          path: [i, 'code'],
          params: codedParams('listed_twice', { value: region.code }),
        });
      codes.add(region.code);
      const periods: [string, Period, string][] = [
        ...region.members.map((iso3): [string, Period, string] => [
          iso3,
          periodOf(region.code, { from: null, to: null }),
          'members',
        ]),
        ...region.memberships.map((m): [string, Period, string] => [m.iso3, periodOf(region.code, m), 'memberships']),
      ];
      for (const [iso3, period, field] of periods) {
        const clash = (seen.get(iso3) ?? []).find((p) => overlap(p, period));
        if (clash) {
          const where =
            clash.region === region.code ? `twice in ${region.code}` : `in both ${clash.region} and ${region.code}`;
          ctx.addIssue({
            code: 'custom',
            message: `${iso3} is ${where} at the same time`,
            path: [i, field],
            params: codedParams('membership_overlap', { country: iso3, region: region.code, other: clash.region }),
          });
        }
        seen.set(iso3, [...(seen.get(iso3) ?? []), period]);
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
