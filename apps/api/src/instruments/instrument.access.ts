import { isGlobalRole, type Principal } from '@cpc/domain';
import { forbidden } from './instrument.errors.js';

/** Analysts and admins manage every country's register; a coordinator manages its own country's. */
export function canManageInstruments(user: Principal, country: string): boolean {
  return isGlobalRole(user.role) || (user.role === 'coordinator' && user.country === country);
}

/**
 * Analysts and admins read every register; a national user reads its own country's and those of the
 * countries that share their figures with members (the disclosure preference).
 */
export function canReadInstruments(user: Principal, country: string, shared: ReadonlySet<string>): boolean {
  return isGlobalRole(user.role) || user.country === country || shared.has(country);
}

export function assertCanRead(user: Principal, country: string, shared: ReadonlySet<string>): void {
  if (!canReadInstruments(user, country, shared))
    throw forbidden(
      `the instruments of ${country} are open to its own users, to analysts and to members only if it shares its figures`,
      'forbidden_country',
      { country },
    );
}

export function assertCanManage(user: Principal, country: string): void {
  if (!canManageInstruments(user, country))
    throw forbidden(
      `only a coordinator of ${country}, an analyst or an admin can change its instruments`,
      'edit_forbidden',
      { country },
    );
}

/**
 * The countries a list may show: null for every country (analysts, admins), else the caller's own and the
 * sharing ones. A requested country the caller cannot read gives an empty list, never a hint it has records.
 */
export function readableCountries(
  user: Principal,
  requested: string | undefined,
  shared: ReadonlySet<string>,
): string[] | null {
  if (requested !== undefined) return canReadInstruments(user, requested, shared) ? [requested] : [];
  if (isGlobalRole(user.role)) return null;
  return [...new Set([...(user.country ? [user.country] : []), ...shared])];
}
