import { isGlobalRole, type Principal } from '@cpc/domain';
import { forbidden } from './action-plan.errors.js';

/** Analysts and admins read every plan; coordinators and viewers read their own country's. */
export function canReadPlan(user: Principal, country: string): boolean {
  return isGlobalRole(user.role) || user.country === country;
}

/** A coordinator edits its own country's plan; admins every plan. Analysts comment only. */
export function canEditPlan(user: Principal, country: string): boolean {
  return user.role === 'admin' || (user.role === 'coordinator' && user.country === country);
}

/** Analysts and admins write the analyst's comment on an action. */
export function canCommentPlan(user: Principal): boolean {
  return isGlobalRole(user.role);
}

export function assertCanReadPlan(user: Principal, country: string): void {
  if (!canReadPlan(user, country))
    throw forbidden(
      `the action plan of ${country} is open to its own users, analysts and admins`,
      'forbidden_country',
      {
        country,
      },
    );
}

export function assertCanEditPlan(user: Principal, country: string): void {
  if (!canEditPlan(user, country))
    throw forbidden(`only a coordinator of ${country} or an admin can change its action plan`, 'edit_forbidden', {
      country,
    });
}

export function assertCanComment(user: Principal, country: string): void {
  if (!canCommentPlan(user))
    throw forbidden('analystComment: only analysts and admins comment on an action plan', 'edit_forbidden', {
      country,
    });
}
