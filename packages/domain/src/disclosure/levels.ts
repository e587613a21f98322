import { isGlobalRole, type Principal } from '../access/roles.js';
import { WCO_GROUPING } from '../reference/wco.js';

/**
 * Who may see an administration's country-level figures besides its own national users, analysts and admins
 * (the WCO Performance Measurement Mechanism lets each member choose the same way, per indicator).
 */
export const DISCLOSURE_LEVELS = ['confidential', 'members'] as const;
export type DisclosureLevel = (typeof DISCLOSURE_LEVELS)[number];

/** Every administration is confidential until it chooses otherwise. */
export const DEFAULT_DISCLOSURE_LEVEL: DisclosureLevel = 'confidential';

/** An administration's preference is set by its coordinator or by an admin. */
export function canSetDisclosure(p: Principal, iso3: string): boolean {
  return p.role === 'admin' || (p.role === 'coordinator' && p.country === iso3);
}

/**
 * Country-level figures (profile, map value, scatter point, operation results) of `iso3`: analysts and admins,
 * the country's own national users, and every national user when the country shares them with members.
 */
export function canSeeCountryFigures(p: Principal, iso3: string, sharedWithMembers: ReadonlySet<string>): boolean {
  return isGlobalRole(p.role) || p.country === iso3 || sharedWithMembers.has(iso3);
}

/** National users receive protected aggregates; analysts and admins the exact figures. */
export function receivesProtectedFigures(p: Principal): boolean {
  return !isGlobalRole(p.role);
}

/**
 * The grouping published to national users: the WCO regions. A second partition of the same members (the UN
 * regions) would let a region of one be differenced against the overlapping region of the other.
 */
export const PUBLISHED_GROUPINGS: readonly string[] = [WCO_GROUPING.id];

/**
 * National users get the published groupings only: custom groupings can be drawn to differ by one member,
 * which is how a pair of answers isolates an administration.
 */
export function canUseGrouping(p: Principal, groupingId: string): boolean {
  return isGlobalRole(p.role) || PUBLISHED_GROUPINGS.includes(groupingId);
}

/** What a national user may not ask for, with the field that asked it, or null when the query is allowed. */
export function forbiddenQueryField(
  p: Principal,
  query: {
    grouping: string;
    status?: string | undefined;
    programme?: unknown;
    activity?: unknown;
    commodity?: unknown;
  },
): { field: string; message: string } | null {
  if (!canUseGrouping(p, query.grouping))
    return {
      field: 'grouping',
      message: `national users see the published groupings (${PUBLISHED_GROUPINGS.join(', ')}); the UN and custom groupings are for analysts`,
    };
  if (!receivesProtectedFigures(p)) return null;
  if (query.status !== undefined)
    return {
      field: 'status',
      message:
        'national users see one status set (submitted and validated): a second one would differ by a few administrations',
    };
  for (const field of ['programme', 'activity', 'commodity'] as const)
    if (query[field] !== undefined && query[field] !== null)
      return { field, message: 'filters on operations analytics are available to analysts only' };
  return null;
}
