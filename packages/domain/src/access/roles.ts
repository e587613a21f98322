export const ROLES = ['admin', 'analyst', 'coordinator', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking: enough to decide every permission. */
export interface Principal {
  id: string;
  role: Role;
  /** ISO alpha-3 of a coordinator's or viewer's country; null for admins and analysts. */
  country: string | null;
}

/** Admins and analysts work across countries; coordinators and viewers belong to one. */
export function isGlobalRole(role: Role): boolean {
  return role === 'admin' || role === 'analyst';
}

export function roleNeedsCountry(role: Role): boolean {
  return !isGlobalRole(role);
}

/** Country-level answers and scores describe law-enforcement capabilities: own country only, unless global. */
export function canReadCountry(p: Principal, iso3: string): boolean {
  return isGlobalRole(p.role) || p.country === iso3;
}

/** Only a country's coordinator creates, edits and submits its assessments. */
export function canEditCountry(p: Principal, iso3: string): boolean {
  return p.role === 'coordinator' && p.country === iso3;
}

export function canReview(p: Principal): boolean {
  return isGlobalRole(p.role);
}

export function canImport(p: Principal): boolean {
  return isGlobalRole(p.role);
}

export function canManageGroupings(p: Principal): boolean {
  return isGlobalRole(p.role);
}

/** Which operations took place, and with whom, is shown to national users only for their own country's. */
export function canReadOperation(p: Principal, participants: readonly string[]): boolean {
  return isGlobalRole(p.role) || (p.country !== null && participants.includes(p.country));
}

/** Analysts report any participant's result; a coordinator its own country's. */
export function canWriteResult(p: Principal, country: string): boolean {
  return isGlobalRole(p.role) || canEditCountry(p, country);
}
