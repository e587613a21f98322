import {
  ALL_REGIONS,
  GROUPING_NAME_MAX_LENGTH,
  REGION_CODE_PATTERN,
  type CreateGroupingRequest,
  type GroupingResponse,
} from '@cpc/domain';
import type { MessageKey } from '../i18n/en';

/** A region as the form edits it: names in two fields, French optional (English stands in). */
export interface RegionDraft {
  /** Stable across edits, for React's keys and the fields' ids. */
  key: string;
  code: string;
  nameEn: string;
  nameFr: string;
  /** The members in every year: what the form edits. */
  members: string[];
  /** Dated memberships (recorded through the API), kept as they are when the form saves. */
  dated: DatedMembership[];
}

type DatedMembership = GroupingResponse['regions'][number]['memberships'][number];
const isUndated = (m: DatedMembership) => m.from === null && m.to === null;

export interface GroupingDraft {
  nameEn: string;
  nameFr: string;
  regions: RegionDraft[];
}

export interface DraftProblem {
  /** "name", or "regions.<index>.<code|name|members>", as the API names its fields. */
  field: string;
  message: MessageKey;
  params?: Readonly<Record<string, string | number>>;
}

/** The same rules as the API's schema, so most mistakes are caught before a round trip. */
export const NAME_MAX_LENGTH = GROUPING_NAME_MAX_LENGTH;

let nextKey = 0;
export function newRegionKey(): string {
  nextKey += 1;
  return `region-${nextKey}`;
}

export function emptyRegion(): RegionDraft {
  return { key: newRegionKey(), code: '', nameEn: '', nameFr: '', members: [], dated: [] };
}

export function emptyDraft(): GroupingDraft {
  return { nameEn: '', nameFr: '', regions: [emptyRegion()] };
}

/** The form's starting point for editing an existing grouping. */
export function draftOf(grouping: GroupingResponse): GroupingDraft {
  return {
    nameEn: grouping.name.en,
    nameFr: grouping.name.fr === grouping.name.en ? '' : grouping.name.fr,
    regions: grouping.regions.map((r) => ({
      key: newRegionKey(),
      code: r.code,
      nameEn: r.name.en,
      nameFr: r.name.fr === r.name.en ? '' : r.name.fr,
      members: r.memberships.filter(isUndated).map((m) => m.iso3),
      dated: r.memberships.filter((m) => !isUndated(m)),
    })),
  };
}

function checkName(field: string, en: string, fr: string): DraftProblem[] {
  if (en.trim() === '') return [{ field, message: 'groupingErrorNameRequired' }];
  if (en.trim().length > NAME_MAX_LENGTH || fr.trim().length > NAME_MAX_LENGTH)
    return [{ field, message: 'groupingErrorNameTooLong', params: { max: NAME_MAX_LENGTH } }];
  return [];
}

/** Every problem of the draft, in the order of the form; empty when it can be sent. */
export function draftProblems(draft: GroupingDraft): DraftProblem[] {
  const problems = checkName('name', draft.nameEn, draft.nameFr);
  if (draft.regions.length === 0) problems.push({ field: 'regions', message: 'groupingErrorNoRegion' });
  const codes = new Set<string>();
  const holder = new Map<string, string>();
  draft.regions.forEach((region, i) => {
    const code = region.code.trim();
    if (!REGION_CODE_PATTERN.test(code)) problems.push({ field: `regions.${i}.code`, message: 'groupingErrorCode' });
    else if (code.toUpperCase() === ALL_REGIONS)
      problems.push({ field: `regions.${i}.code`, message: 'groupingErrorCodeAll' });
    else if (codes.has(code))
      problems.push({ field: `regions.${i}.code`, message: 'groupingErrorCodeTwice', params: { code } });
    codes.add(code);
    problems.push(...checkName(`regions.${i}.name`, region.nameEn, region.nameFr));
    if (region.members.length + region.dated.length === 0)
      problems.push({ field: `regions.${i}.members`, message: 'groupingErrorNoMembers' });
    for (const iso3 of region.members) {
      const other = holder.get(iso3);
      if (other !== undefined)
        problems.push({
          field: `regions.${i}.members`,
          message: 'groupingErrorCountryTwice',
          params: { country: iso3, region: other },
        });
      holder.set(iso3, code || String(i + 1));
    }
  });
  return problems;
}

/**
 * The countries that other regions of the draft already hold, with the holder's code (or its number
 * while it has none): the form offers them to this region disabled, so a country is in one region only.
 */
export function heldElsewhere(draft: GroupingDraft, regionKey: string): Map<string, string> {
  const held = new Map<string, string>();
  draft.regions.forEach((region, i) => {
    if (region.key === regionKey) return;
    for (const iso3 of region.members) held.set(iso3, region.code.trim() || String(i + 1));
  });
  return held;
}

const localized = (en: string, fr: string) => ({ en: en.trim(), fr: fr.trim() || en.trim() });

/** The request body; call only when draftProblems is empty. */
export function toRequest(draft: GroupingDraft): CreateGroupingRequest {
  return {
    name: localized(draft.nameEn, draft.nameFr),
    regions: draft.regions.map((r) => ({
      code: r.code.trim(),
      name: localized(r.nameEn, r.nameFr),
      members: [...r.members].sort(),
      memberships: r.dated,
    })),
  };
}
