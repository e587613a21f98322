import { canEditCountry, isGlobalRole, type SessionUser } from '@cpc/domain';

/** What a reader may do with a country's plan: its coordinators (and admins) edit it, analysts comment. */
export interface PlanRights {
  edit: boolean;
  comment: boolean;
}

export function planRights(user: Pick<SessionUser, 'id' | 'role' | 'country'>, iso3: string): PlanRights {
  return {
    edit: user.role === 'admin' || canEditCountry(user, iso3),
    comment: isGlobalRole(user.role),
  };
}
