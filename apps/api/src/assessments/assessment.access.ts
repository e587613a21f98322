import {
  canEditCountry,
  canReadCountry,
  canReview,
  isGlobalRole,
  type LifecycleAction,
  type Principal,
} from '@cpc/domain';
import { forbidden } from './assessment.errors.js';

export function assertCanRead(user: Principal, country: string): void {
  if (canReadCountry(user, country)) return;
  const message = `the assessments of ${country} are open to its own users and to analysts only`;
  throw forbidden(message, 'forbidden_country', { country });
}

export function assertCanEdit(user: Principal, country: string): void {
  if (!canEditCountry(user, country))
    throw forbidden(`only a coordinator of ${country} can change its assessments`, 'edit_forbidden', { country });
}

/** The coordinator submits; analysts and admins validate and return. */
export function assertCanAct(user: Principal, country: string, action: LifecycleAction): void {
  if (action === 'submit') assertCanEdit(user, country);
  else if (!canReview(user))
    throw forbidden('only analysts and admins validate or return assessments', 'review_forbidden');
}

/** The country a list is limited to: the requested one if readable, else the caller's own (none for analysts). */
export function listScope(user: Principal, requested: string | undefined): string | undefined {
  if (requested !== undefined) {
    assertCanRead(user, requested);
    return requested;
  }
  if (isGlobalRole(user.role)) return undefined;
  if (user.country === null) throw forbidden('this account has no country', 'no_country');
  return user.country;
}
